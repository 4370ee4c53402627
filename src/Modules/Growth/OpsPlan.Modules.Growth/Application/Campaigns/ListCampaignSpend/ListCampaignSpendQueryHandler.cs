using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.ListCampaignSpend;

internal sealed class ListCampaignSpendQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListCampaignSpendQuery, IReadOnlyList<CampaignSpendDto>>
{
    private const string CampaignSql = CampaignRow.SelectFromSql + " WHERE id = @Id";
    private const string SpendSql = CampaignSpendRow.SelectFromSql + " WHERE campaign_id = @Id ORDER BY created_at, id";

    public async Task<IReadOnlyList<CampaignSpendDto>> Handle(ListCampaignSpendQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<CampaignRow>(CampaignSql, new { request.Id }, "Campaign", request.Id, cancellationToken);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CampaignSpendRow>(new CommandDefinition(SpendSql, new { request.Id }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDto()).ToList();
    }
}
