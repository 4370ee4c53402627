using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.GetCampaignResults;

/// <summary>Counted from the frozen audience (whose conversions activity marks as events arrive) and the spend entries, on every read.</summary>
internal sealed class GetCampaignResultsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetCampaignResultsQuery, CampaignResultsDto>
{
    private const int Decimals = 4;
    private const string CampaignSql = CampaignRow.SelectFromSql + " WHERE id = @Id";
    private const string AudienceSql = "SELECT COUNT(*) AS Reached, COUNT(converted_at) AS Converted FROM growth.campaign_audience WHERE campaign_id = @Id";
    private const string SpentSql = "SELECT COALESCE(SUM(amount_minor), 0) FROM growth.campaign_spend WHERE campaign_id = @Id AND booking <> 'failed'";

    public async Task<CampaignResultsDto> Handle(GetCampaignResultsQuery request, CancellationToken cancellationToken)
    {
        var campaign = (await connectionFactory.SingleOrNotFoundAsync<CampaignRow>(CampaignSql, new { request.Id }, "Campaign", request.Id, cancellationToken)).ToDomain();
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var audience = await connection.QuerySingleAsync<AudienceCounts>(new CommandDefinition(AudienceSql, new { request.Id }, cancellationToken: cancellationToken));
        var spentMinor = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SpentSql, new { request.Id }, cancellationToken: cancellationToken));

        var (reached, converted) = ((int)audience.Reached, (int)audience.Converted);
        var budget = campaign.Plan.Budget;
        Money? spent = budget is { } known ? Money.FromMinorUnits(spentMinor, known.Currency) : null;
        return new CampaignResultsDto(
            campaign.Id,
            campaign.StatusAt(clock.UtcNow).Status,
            reached,
            converted,
            reached == 0 ? null : decimal.Round((decimal)converted / reached, Decimals),
            spent,
            spent is { MinorUnits: > 0 } total && converted > 0 ? Money.Of(decimal.Round(total.Amount / converted, Decimals), total.Currency) : null,
            budget is { } limit && spent is { } used ? limit.Subtract(used) : null);
    }

    private sealed class AudienceCounts
    {
        public long Reached { get; init; }

        public long Converted { get; init; }
    }
}
