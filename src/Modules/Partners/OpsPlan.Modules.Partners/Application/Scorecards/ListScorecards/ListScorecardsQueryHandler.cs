using OpsPlan.Modules.Partners.Contracts.Scorecards;

namespace OpsPlan.Modules.Partners.Application.Scorecards.ListScorecards;

/// <summary>A partner's scorecards, oldest quarter first, each with its change from the quarter before.</summary>
internal sealed class ListScorecardsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListScorecardsQuery, IReadOnlyList<ScorecardDto>>
{
    private const string Sql = ScorecardRow.SelectFromSql + " WHERE partner_id = @PartnerId ORDER BY period";

    public async Task<IReadOnlyList<ScorecardDto>> Handle(ListScorecardsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(PartnerScope.PartnerExistsSql, new { request.PartnerId }, "Partner", request.PartnerId, cancellationToken);
        var scorecards = (await connection.QueryAsync<ScorecardRow>(new CommandDefinition(Sql, new { request.PartnerId }, cancellationToken: cancellationToken)))
            .Select(row => row.ToDomain()).ToList();
        return scorecards.Select((scorecard, index) => ScorecardRow.ToDto(scorecard, index == 0 ? null : scorecards[index - 1].Overall)).ToList();
    }
}
