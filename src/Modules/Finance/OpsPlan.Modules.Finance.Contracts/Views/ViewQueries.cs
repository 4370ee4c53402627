using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

public sealed record GetBudgetVarianceQuery(Guid BudgetId) : IQuery<BudgetVarianceDto>, ICachedQuery;

public sealed record GetCashFlowQuery(DateOnly? From, DateOnly? To, CashFlowGranularity? Granularity) : IQuery<CashFlowDto>, ICachedQuery;

public sealed record GetRunwayQuery : IQuery<RunwayDto>, ICachedQuery;

public sealed record GetSpendSummaryQuery(string? Period, Guid? CostCenterId) : IQuery<SpendSummaryDto>, ICachedQuery;

/// <summary>
/// What other modules ask Finance about a partner: outflows to it and inflows from it per month from..to, converted to
/// the reporting currency at each transaction's day (409 <c>finance.missing-exchange-rate</c> when a rate is missing).
/// </summary>
public sealed record GetPartnerMoneyQuery(Guid PartnerId, DateOnly From, DateOnly To) : IQuery<PartnerMoneyDto>;

/// <summary>
/// Inflows from..to per market (the <c>market</c> country of transactions that carry one), in the reporting currency at
/// each transaction's day: what other modules ask to measure how much of the revenue each market brings.
/// </summary>
public sealed record GetInflowsByMarketQuery(DateOnly From, DateOnly To) : IQuery<MarketInflowsDto>;

/// <summary>
/// The lines of approved budgets whose period overlaps from..to and whose spend has reached the warning threshold or
/// passed the budget, most consumed first: what the operations console's home shows of budget consumption.
/// </summary>
public sealed record ListBudgetLinesAtRiskQuery(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<BudgetLineAtRiskDto>>, ICachedQuery;
