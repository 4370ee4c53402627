using OpsPlan.Modules.Risk.Contracts.Mitigations;
using OpsPlan.Modules.Risk.Domain.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.UpdateMitigation;

internal sealed class UpdateMitigationCommandHandler(IMitigationRepository mitigations, IClock clock)
    : ICommandHandler<UpdateMitigationCommand, MitigationDto>
{
    public async Task<MitigationDto> Handle(UpdateMitigationCommand request, CancellationToken cancellationToken)
    {
        var mitigation = await mitigations.GetAsync(request.RiskId, request.MitigationId, request.ExpectedVersion, cancellationToken);
        mitigation.UpdateDetails(request.Action, request.Owner, request.DueDate, clock.UtcNow);
        await mitigations.UpdateAsync(mitigation, cancellationToken);
        return MitigationRow.ToDto(mitigation, clock.Today);
    }
}
