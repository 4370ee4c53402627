namespace OpsPlan.Modules.Growth.Contracts.Campaigns;

public sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignDto>;

public sealed record ListCampaignsQuery(IReadOnlyList<CampaignStatus>? Status = null, IReadOnlyList<CampaignGoal>? Goal = null, Guid? SegmentId = null, Guid? ChannelId = null,
    Guid? ProductId = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<CampaignDto>>, IListQuery;

public sealed record GetCampaignResultsQuery(Guid Id) : IQuery<CampaignResultsDto>;

/// <summary>A campaign's audience, paged: who it reached and when each converted.</summary>
public sealed record ListCampaignAudienceQuery(Guid Id, bool? Converted = null, int? Limit = null, string? Cursor = null) : IQuery<Page<CampaignAudienceMemberDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;
}

public sealed record ListCampaignSpendQuery(Guid Id) : IQuery<IReadOnlyList<CampaignSpendDto>>;
