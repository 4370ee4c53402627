using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.ListCampaigns;

/// <summary>The status filter matches the status the schedule gives a campaign now, as each item shows it.</summary>
internal sealed class ListCampaignsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<ListCampaignsQuery, Page<CampaignDto>>
{
    // A condition, not a statement: checked with the rest of the list's SQL by the SQL Server statement tests.
    public const string StatusNowCondition = """
        (CASE WHEN status IN ('scheduled', 'running') AND ends_at <= @Now THEN 'completed'
              WHEN status = 'scheduled' AND starts_at <= @Now THEN 'running'
              ELSE status END) IN @Status
        """;

    public async Task<Page<CampaignDto>> Handle(ListCampaignsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var list = new KeysetListSql(CampaignRow.SelectFromSql, request)
            .WhereAnyOf(request.Goal, "goal", "Goal")
            .WhereIfPresent(request.SegmentId, "segment_id = @SegmentId", "SegmentId")
            .WhereIfPresent(request.ChannelId, "channel_id = @ChannelId", "ChannelId")
            .WhereIfPresent(request.ProductId, "product_id = @ProductId", "ProductId");
        if (request.Status is { Count: > 0 } statuses)
        {
            list.Where(StatusNowCondition).WithParameter("Now", now).WithParameter("Status", statuses.Select(EnumText.ToText).ToArray());
        }

        return await list.ReadAsync(connectionFactory, (CampaignRow row) => row.ToDto(now), cancellationToken);
    }
}
