using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.GetAssessment;

internal sealed class GetAssessmentQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetAssessmentQuery, AssessmentDto>
{
    private const string Sql = AssessmentRow.SelectFromSql + " WHERE risk_id = @RiskId AND id = @AssessmentId";

    public async Task<AssessmentDto> Handle(GetAssessmentQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AssessmentRow>(new CommandDefinition(Sql, new { request.RiskId, request.AssessmentId }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("Assessment", request.AssessmentId);
    }
}
