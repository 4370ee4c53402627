using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Lifecycle.Contracts.Products;

public sealed record GetProductQuery(Guid Id) : IQuery<ProductDto>;

/// <summary>Products, newest first; with <c>updatedSince</c>, oldest change first for incremental sync.</summary>
public sealed record ListProductsQuery(
    IReadOnlyList<ProductStage>? Stage = null,
    string? Owner = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<ProductDto>>, IListQuery;

/// <summary>A product's stage moves, newest first.</summary>
public sealed record ListProductStageChangesQuery(Guid ProductId, int? Limit = null, string? Cursor = null) : IQuery<Page<ProductStageChangeDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}

/// <summary>How long one product spent in each stage, the current one counted to now.</summary>
public sealed record GetProductStageDurationsQuery(Guid ProductId) : IQuery<ProductStageDurationsDto>;

/// <summary>Time in each stage averaged across products (seed ch.5: the time span of each stage).</summary>
public sealed record GetStageDurationsQuery : IQuery<StageDurationsDto>, ICachedQuery;

public sealed record GetRetirementPlanQuery(Guid ProductId) : IQuery<RetirementPlanDto>;
