using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.TransitionRiskStatus;

internal sealed class TransitionRiskStatusCommandHandler(IRiskRepository risks, IOutbox outbox, IClock clock)
    : ICommandHandler<TransitionRiskStatusCommand, RiskDto>
{
    public async Task<RiskDto> Handle(TransitionRiskStatusCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var risk = await risks.GetAsync(request.RiskId, request.ExpectedVersion, cancellationToken);
        var previous = risk.Status;
        risk.TransitionTo(request.Status!.Value, now);
        await risks.UpdateAsync(risk, cancellationToken);
        await outbox.EnqueueAsync(new RiskStatusChanged(risk.Id, previous, risk.Status), cancellationToken);
        return RiskRow.ToDto(risk);
    }
}
