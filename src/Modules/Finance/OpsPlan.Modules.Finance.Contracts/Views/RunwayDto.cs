using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

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

public sealed record GetRunwayQuery : IQuery<RunwayDto>, ICachedQuery;
