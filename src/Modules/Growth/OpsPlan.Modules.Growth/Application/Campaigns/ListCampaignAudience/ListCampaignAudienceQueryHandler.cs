using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.ListCampaignAudience;

/// <summary>The frozen audience, newest customer first, paged with a cursor like every list.</summary>
internal sealed class ListCampaignAudienceQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListCampaignAudienceQuery, Page<CampaignAudienceMemberDto>>
{
    private const string CampaignSql = CampaignRow.SelectFromSql + " WHERE id = @Id";
    private const string MembersSql = """
        SELECT c.id AS Id, c.external_id AS ExternalId, a.converted_at AS ConvertedAt, c.created_at AS CreatedAt, c.updated_at AS UpdatedAt
        FROM growth.campaign_audience a JOIN growth.customers c ON c.id = a.customer_id
        """;

    public async Task<Page<CampaignAudienceMemberDto>> Handle(ListCampaignAudienceQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<CampaignRow>(CampaignSql, new { request.Id }, "Campaign", request.Id, cancellationToken);
        var list = new KeysetListSql(MembersSql, request, "c.created_at", "c.updated_at", "c.id")
            .Where("a.campaign_id = @CampaignId").WithParameter("CampaignId", request.Id);
        if (request.Converted is { } converted)
        {
            list.Where(converted ? "a.converted_at IS NOT NULL" : "a.converted_at IS NULL");
        }

        return await list.ReadAsync(connectionFactory, (MemberRow row) => new CampaignAudienceMemberDto(row.Id, row.ExternalId, row.ConvertedAt), cancellationToken);
    }

    private sealed class MemberRow : IListRow
    {
        public Guid Id { get; init; }

        public string ExternalId { get; init; } = "";

        public DateTime? ConvertedAt { get; init; }

        public DateTime CreatedAt { get; init; }

        public DateTime UpdatedAt { get; init; }
    }
}
