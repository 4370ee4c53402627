using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Lifecycle.Contracts.Metrics;

/// <summary>A product's monthly figures, oldest first, between two months (<c>2026-01</c>) inclusive; all of them by default.</summary>
public sealed record ListProductMetricsQuery(Guid ProductId, string? From = null, string? To = null) : IQuery<IReadOnlyList<ProductMetricsDto>>;

/// <summary>Whether a product is declining, by the configured rule, and what to do about it.</summary>
public sealed record GetProductHealthQuery(Guid ProductId) : IQuery<ProductHealthDto>, ICachedQuery;
