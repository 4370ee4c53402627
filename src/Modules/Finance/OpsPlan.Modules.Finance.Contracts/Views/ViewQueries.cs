using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

public sealed record GetBudgetVarianceQuery(Guid BudgetId) : IQuery<BudgetVarianceDto>, ICachedQuery;

public sealed record GetCashFlowQuery(DateOnly? From, DateOnly? To, CashFlowGranularity? Granularity) : IQuery<CashFlowDto>, ICachedQuery;

public sealed record GetRunwayQuery : IQuery<RunwayDto>, ICachedQuery;

public sealed record GetSpendSummaryQuery(string? Period, Guid? CostCenterId) : IQuery<SpendSummaryDto>, ICachedQuery;
