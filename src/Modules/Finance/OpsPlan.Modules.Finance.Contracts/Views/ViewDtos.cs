using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

/// <summary>A budget against its actuals (outflows booked to its cost center, category and period, in its currency).</summary>
public sealed record BudgetVarianceDto(
    Guid BudgetId,
    Guid CostCenterId,
    string Period,
    string Currency,
    DateOnly AsOf,
    int DaysElapsed,
    int DaysInPeriod,
    IReadOnlyList<VarianceLineDto> Lines,
    VarianceTotalDto Total);

/// <summary>
/// One line: <c>percentConsumed</c> is null for a zero budget; <c>projectedAtPeriodEnd</c> extends the burn rate so far
/// over the whole period.
/// </summary>
public sealed record VarianceLineDto(
    SpendCategory Category,
    Money Budgeted,
    Money Actual,
    Money Remaining,
    decimal? PercentConsumed,
    Money ProjectedAtPeriodEnd,
    BudgetLineState State);

public sealed record VarianceTotalDto(Money Budgeted, Money Actual, Money Remaining, decimal? PercentConsumed, Money ProjectedAtPeriodEnd, BudgetLineState State);

/// <summary>Money in and out per period bucket, per cash account (in its currency) and in total (in the reporting currency).</summary>
public sealed record CashFlowDto(DateOnly From, DateOnly To, CashFlowGranularity Granularity, string ReportingCurrency, IReadOnlyList<CashAccountFlowDto> Accounts, CashFlowTotalDto Total);

public sealed record CashAccountFlowDto(Guid CashAccountId, string Name, string Currency, Money OpeningBalance, IReadOnlyList<CashFlowBucketDto> Buckets);

/// <summary>The total converted at each bucket's last rate on or before its end.</summary>
public sealed record CashFlowTotalDto(Money OpeningBalance, IReadOnlyList<CashFlowBucketDto> Buckets);

/// <summary>One month or ISO week (Monday to Sunday), clipped to the range asked for; the balance is at the bucket's end.</summary>
public sealed record CashFlowBucketDto(DateOnly Start, DateOnly End, Money Inflow, Money Outflow, Money Net, Money Balance);

/// <summary>
/// Months of cash left at the average net burn of the last three whole months. <c>months</c> is null when cash is
/// not burning (more came in than went out).
/// </summary>
public sealed record RunwayDto(
    DateOnly AsOf,
    Money Cash,
    DateOnly BurnFrom,
    DateOnly BurnTo,
    Money MonthlyNetBurn,
    bool Burning,
    decimal? Months,
    int AlertBelowMonths,
    bool BelowAlert);

/// <summary>Outflow, inflow and net spend (outflow minus inflow) by cost center and category for a fiscal period, in the reporting currency.</summary>
public sealed record SpendSummaryDto(string Period, DateOnly StartsOn, DateOnly EndsOn, string ReportingCurrency, IReadOnlyList<SpendSummaryRowDto> Rows, SpendFiguresDto Total);

public sealed record SpendSummaryRowDto(Guid CostCenterId, string CostCenterCode, SpendCategory Category, Money Outflow, Money Inflow, Money Net);

public sealed record SpendFiguresDto(Money Outflow, Money Inflow, Money Net);

/// <summary>A partner's money per month (months without transactions left out), in the reporting currency.</summary>
public sealed record PartnerMoneyDto(string ReportingCurrency, IReadOnlyList<PartnerMoneyMonthDto> Months);

public sealed record PartnerMoneyMonthDto(DateOnly Month, Money Outflow, Money Inflow);

public sealed record MarketInflowsDto(string ReportingCurrency, IReadOnlyList<MarketInflowDto> Markets);

public sealed record MarketInflowDto(string Market, Money Inflow);

/// <summary>A budget line in warning or over, with its spend so far in the budget's currency (amounts it cannot convert yet are left out).</summary>
public sealed record BudgetLineAtRiskDto(
    Guid BudgetId,
    Guid CostCenterId,
    string CostCenterCode,
    string Period,
    SpendCategory Category,
    Money Budgeted,
    Money Actual,
    decimal? PercentConsumed,
    BudgetLineState State);
