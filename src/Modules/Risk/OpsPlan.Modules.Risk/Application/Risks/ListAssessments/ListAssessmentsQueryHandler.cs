using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.ListAssessments;

internal sealed class ListAssessmentsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListAssessmentsQuery, Page<AssessmentDto>>
{
    private const string RiskExistsSql = "SELECT COUNT(*) FROM risk.risks WHERE id = @RiskId";

    public async Task<Page<AssessmentDto>> Handle(ListAssessmentsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(RiskExistsSql, new { request.RiskId }, "Risk", request.RiskId, cancellationToken);

        // Assessments never change, so both orders key on the time they were made.
        var list = new KeysetListSql(AssessmentRow.SelectFromSql, request, createdColumn: "assessed_at", updatedColumn: "assessed_at")
            .WhereIfPresent(request.RiskId, "risk_id = @RiskId", "RiskId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (AssessmentRow row) => (row.AssessedAt, row.AssessedAt, row.Id), row => row.ToDto(), cancellationToken);
    }
}
