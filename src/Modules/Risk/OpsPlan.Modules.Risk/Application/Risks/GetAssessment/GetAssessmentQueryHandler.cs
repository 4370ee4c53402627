using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.GetAssessment;

internal sealed class GetAssessmentQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetAssessmentQuery, AssessmentDto>
{
    private const string Sql = AssessmentRow.SelectFromSql + " WHERE risk_id = @RiskId AND id = @AssessmentId";

    public async Task<AssessmentDto> Handle(GetAssessmentQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<AssessmentRow>(Sql, new { request.RiskId, request.AssessmentId }, "Assessment", request.AssessmentId, cancellationToken)).ToDto();
}
