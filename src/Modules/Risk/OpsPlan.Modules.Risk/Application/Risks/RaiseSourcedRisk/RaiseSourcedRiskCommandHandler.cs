using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;

internal sealed class RaiseSourcedRiskCommandHandler(IRiskRepository risks, IOutbox outbox, ICurrentUser user, IClock clock)
    : ICommandHandler<RaiseSourcedRiskCommand, RiskDto>
{
    public async Task<RiskDto> Handle(RaiseSourcedRiskCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var score = new RiskScore(request.Likelihood, request.Impact);
        var existing = await risks.FindBySourceAsync(request.Source, request.SourceReference, cancellationToken);
        if (existing is null)
        {
            var (risk, firstAssessment) = Domain.Risks.Risk.Raise(request.Title, request.Description, request.Category, request.Owner,
                score, residual: null, nextReviewDate: null, request.Source, request.SourceReference, user.Id, now);
            await risks.AddAsync(risk, cancellationToken);
            await risks.AddAssessmentAsync(firstAssessment, cancellationToken);
            await outbox.EnqueueAsync(new RiskRaised(risk.Id, risk.Title, risk.Category, risk.Inherent.Level, risk.Source, risk.SourceReference), cancellationToken);
            return RiskRow.ToDto(risk);
        }

        var previousLevel = existing.Inherent.Level;
        var assessment = existing.ReportedAgain(score, request.Description, request.Rationale, user.Id, now);
        await risks.UpdateAsync(existing, cancellationToken);
        await risks.AddAssessmentAsync(assessment, cancellationToken);
        if (existing.Inherent.Level != previousLevel)
        {
            await outbox.EnqueueAsync(new RiskLevelChanged(existing.Id, previousLevel, existing.Inherent.Level), cancellationToken);
        }

        return RiskRow.ToDto(existing);
    }
}
