namespace OpsPlan.Modules.Growth.Domain.Campaigns;

internal interface ICampaignRepository
{
    Task<Campaign> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Campaigns whose schedule is due to move their status, oldest due first.</summary>
    Task<IReadOnlyList<Campaign>> DueAsync(DateTime now, int limit, CancellationToken cancellationToken);

    /// <summary>Campaigns that count conversions (scheduled, running or completed) whose window overlaps <paramref name="from"/>..<paramref name="to"/>.</summary>
    Task<IReadOnlyList<Campaign>> CountingBetweenAsync(DateTime from, DateTime to, CancellationToken cancellationToken);

    Task<bool> SegmentExistsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Whether a win-back campaign for the product is drafted, scheduled or running.</summary>
    Task<bool> OpenWinBackExistsAsync(Guid productId, CancellationToken cancellationToken);

    Task<bool> ChannelExistsAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Campaign campaign, CancellationToken cancellationToken);

    Task UpdateAsync(Campaign campaign, CancellationToken cancellationToken);

    /// <summary>Freezes the audience: the customers who may be targeted and match <paramref name="membersCondition"/> now.</summary>
    Task FreezeAudienceAsync(Guid campaignId, string membersCondition, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);

    Task DropAudienceAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>Marks members converted at the given time unless they converted earlier; returns how many were new conversions.</summary>
    Task<int> MarkConvertedAsync(Guid campaignId, IReadOnlyCollection<(Guid CustomerId, DateTime At)> conversions, CancellationToken cancellationToken);

    /// <summary>Marks one member converted unless they converted earlier; false when they are not in the audience or converted already.</summary>
    Task<bool> TryMarkConvertedAsync(Guid campaignId, Guid customerId, DateTime at, CancellationToken cancellationToken);

    Task AddSpendAsync(CampaignSpend spend, CancellationToken cancellationToken);

    Task<CampaignSpend> GetSpendAsync(Guid id, CancellationToken cancellationToken);

    Task UpdateSpendAsync(CampaignSpend spend, CancellationToken cancellationToken);
}
