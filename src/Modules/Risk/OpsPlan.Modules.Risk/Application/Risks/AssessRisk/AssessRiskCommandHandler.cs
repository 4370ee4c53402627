using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.AssessRisk;

internal sealed class AssessRiskCommandHandler(IRiskRepository risks, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<AssessRiskCommand, AssessmentDto>
{
    public async Task<AssessmentDto> Handle(AssessRiskCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var risk = await risks.GetAsync(request.RiskId, request.ExpectedVersion, cancellationToken);
        var previousLevel = risk.Inherent.Level;
        var assessment = risk.Assess(
            new RiskScore(request.Likelihood, request.Impact), RiskScore.Optional(request.ResidualLikelihood, request.ResidualImpact),
            request.Rationale, user.Id, now);

        await risks.UpdateAsync(risk, cancellationToken);
        await risks.AddAssessmentAsync(assessment, cancellationToken);
        if (risk.Inherent.Level != previousLevel)
        {
            await outbox.EnqueueAsync(new RiskLevelChanged(risk.Id, previousLevel, risk.Inherent.Level), cancellationToken);
        }

        return AssessmentRow.ToDto(assessment);
    }
}
