using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Growth.Contracts.Metrics;

/// <summary>The growth KPIs over the days <c>from</c>..<c>to</c> (inclusive; by default the 30 days to today).</summary>
public sealed record GetGrowthOverviewQuery(DateOnly? From = null, DateOnly? To = null) : IQuery<GrowthOverviewDto>, ICachedQuery;

/// <summary>The cohort retention matrix: cohorts by sign-up month from <c>from</c>'s month to <c>to</c>'s (by default the last 12).</summary>
public sealed record GetRetentionQuery(DateOnly? From = null, DateOnly? To = null, RetentionPeriod By = RetentionPeriod.Month) : IQuery<RetentionDto>, ICachedQuery;
