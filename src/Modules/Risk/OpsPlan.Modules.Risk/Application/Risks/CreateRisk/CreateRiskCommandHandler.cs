using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.CreateRisk;

internal sealed class CreateRiskCommandHandler(IRiskRepository risks, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<CreateRiskCommand, RiskDto>
{
    public async Task<RiskDto> Handle(CreateRiskCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var (risk, firstAssessment) = Domain.Risks.Risk.Raise(
            request.Title, request.Description, request.Category!.Value, request.Owner,
            new RiskScore(request.Likelihood, request.Impact), RiskScore.Optional(request.ResidualLikelihood, request.ResidualImpact),
            request.NextReviewDate, Domain.Risks.Risk.ManualSource, sourceReference: null, user.Id, now);

        await risks.AddAsync(risk, cancellationToken);
        await risks.AddAssessmentAsync(firstAssessment, cancellationToken);
        await outbox.EnqueueAsync(new RiskRaised(risk.Id, risk.Title, risk.Category, risk.Inherent.Level, risk.Source, risk.SourceReference), cancellationToken);
        return RiskRow.ToDto(risk);
    }
}
