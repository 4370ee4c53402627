using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.ListAssessments;

internal sealed class ListAssessmentsQueryHandler(IDbConnectionFactory connectionFactory)
    : IQueryHandler<ListAssessmentsQuery, Page<AssessmentDto>>, IQueryHandler<GetAssessmentQuery, AssessmentDto>
{
    private const string RiskExistsSql = "SELECT COUNT(*) FROM risk.risks WHERE id = @RiskId";
    private const string SelectFromSql = "SELECT " + AssessmentRow.Columns + " FROM risk.risk_assessments";

    public async Task<Page<AssessmentDto>> Handle(ListAssessmentsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await EnsureRiskExistsAsync(connection, request.RiskId, cancellationToken);
        // Assessments never change, so both orders key on the time they were made.
        var list = new KeysetListSql(SelectFromSql, request, createdColumn: "assessed_at", updatedColumn: "assessed_at")
            .WhereIfPresent(request.RiskId, "risk_id = @RiskId", "RiskId");
        var rows = await connection.QueryAsync<AssessmentRow>(list.Build(connectionFactory.Dialect, cancellationToken));
        return list.ToPage(rows, row => (row.AssessedAt, row.AssessedAt, row.Id), row => row.ToDto());
    }

    public async Task<AssessmentDto> Handle(GetAssessmentQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AssessmentRow>(new CommandDefinition(
            SelectFromSql + " WHERE risk_id = @RiskId AND id = @AssessmentId", new { request.RiskId, request.AssessmentId }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("Assessment", request.AssessmentId);
    }

    private static async Task EnsureRiskExistsAsync(System.Data.Common.DbConnection connection, Guid riskId, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(RiskExistsSql, new { RiskId = riskId }, cancellationToken: cancellationToken)) == 0)
        {
            throw new NotFoundException("Risk", riskId);
        }
    }
}
