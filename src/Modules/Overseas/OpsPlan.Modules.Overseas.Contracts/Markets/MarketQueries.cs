using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Overseas.Contracts.Markets;

public sealed record GetMarketQuery(Guid Id) : IQuery<MarketDto>;

/// <summary>Markets, newest first; with <c>updatedSince</c>, oldest change first.</summary>
public sealed record ListMarketsQuery(IReadOnlyList<MarketStage>? Stage = null, string? Owner = null, string? Country = null, int? Limit = null, string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<MarketDto>>, IListQuery;

/// <summary>A market's stage moves, newest first.</summary>
public sealed record ListMarketStageChangesQuery(Guid MarketId, int? Limit = null, string? Cursor = null) : IQuery<Page<MarketStageChangeDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}

/// <summary>Markets per stage with their readiness, open critical gaps and days to their target launch.</summary>
public sealed record GetMarketPipelineQuery : IQuery<MarketPipelineDto>, ICachedQuery;

/// <summary>
/// Assessed markets ranked by their latest assessment (combined by default), and revenue concentration across live
/// markets from Finance's inflows between from and to (the twelve months to today by default).
/// </summary>
public sealed record GetMarketRankingQuery(RankingBasis? By = null, DateOnly? From = null, DateOnly? To = null) : IQuery<MarketRankingDto>, ICachedQuery;
