using OpsPlan.Modules.Risk.Contracts.Events;
using OpsPlan.Modules.Risk.Contracts.Mitigations;
using OpsPlan.Modules.Risk.Domain.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.TransitionMitigationStatus;

internal sealed class TransitionMitigationStatusCommandHandler(IMitigationRepository mitigations, IOutbox outbox, IClock clock)
    : ICommandHandler<TransitionMitigationStatusCommand, MitigationDto>
{
    public async Task<MitigationDto> Handle(TransitionMitigationStatusCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var mitigation = await mitigations.GetAsync(request.RiskId, request.MitigationId, request.ExpectedVersion, cancellationToken);
        var previous = mitigation.Status;
        mitigation.TransitionTo(request.Status!.Value, now);
        await mitigations.UpdateAsync(mitigation, cancellationToken);
        await outbox.EnqueueAsync(new MitigationStatusChanged(mitigation.RiskId, mitigation.Id, previous, mitigation.Status), cancellationToken);
        return MitigationRow.ToDto(mitigation, clock.Today);
    }
}
