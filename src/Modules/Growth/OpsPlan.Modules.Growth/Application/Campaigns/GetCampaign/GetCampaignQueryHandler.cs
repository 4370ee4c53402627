using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.GetCampaign;

internal sealed class GetCampaignQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetCampaignQuery, CampaignDto>
{
    private const string Sql = CampaignRow.SelectFromSql + " WHERE id = @Id";

    public async Task<CampaignDto> Handle(GetCampaignQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<CampaignRow>(Sql, new { request.Id }, "Campaign", request.Id, cancellationToken)).ToDto(clock.UtcNow);
}
