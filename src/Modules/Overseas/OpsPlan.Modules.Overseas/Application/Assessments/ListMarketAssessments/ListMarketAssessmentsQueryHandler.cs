using OpsPlan.Modules.Overseas.Contracts.Assessments;

namespace OpsPlan.Modules.Overseas.Application.Assessments.ListMarketAssessments;

/// <summary>A market's assessments, newest version first (404 for an unknown market).</summary>
internal sealed class ListMarketAssessmentsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListMarketAssessmentsQuery, IReadOnlyList<MarketAssessmentDto>>
{
    private const string Sql = AssessmentRow.SelectFromSql + " WHERE market_id = @MarketId ORDER BY version DESC";

    public async Task<IReadOnlyList<MarketAssessmentDto>> Handle(ListMarketAssessmentsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(OverseasSql.MarketExistsSql, new { request.MarketId }, "Market", request.MarketId, cancellationToken);
        var rows = await connection.QueryAsync<AssessmentRow>(new CommandDefinition(Sql, new { request.MarketId }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDto()).ToList();
    }
}
