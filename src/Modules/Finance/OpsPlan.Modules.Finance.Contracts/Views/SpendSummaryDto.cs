using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

/// <summary>Outflow, inflow and net spend (outflow minus inflow) by cost center and category for a fiscal period, in the reporting currency.</summary>
public sealed record SpendSummaryDto(string Period, DateOnly StartsOn, DateOnly EndsOn, string ReportingCurrency, IReadOnlyList<SpendSummaryRowDto> Rows, SpendFiguresDto Total);

public sealed record SpendSummaryRowDto(Guid CostCenterId, string CostCenterCode, SpendCategory Category, Money Outflow, Money Inflow, Money Net);

public sealed record SpendFiguresDto(Money Outflow, Money Inflow, Money Net);

public sealed record GetSpendSummaryQuery(string? Period, Guid? CostCenterId) : IQuery<SpendSummaryDto>, ICachedQuery;
