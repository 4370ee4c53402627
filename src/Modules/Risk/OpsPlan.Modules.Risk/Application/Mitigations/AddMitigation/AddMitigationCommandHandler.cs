using OpsPlan.Modules.Risk.Contracts.Mitigations;
using OpsPlan.Modules.Risk.Domain.Mitigations;
using OpsPlan.Modules.Risk.Domain.Risks;

namespace OpsPlan.Modules.Risk.Application.Mitigations.AddMitigation;

internal sealed class AddMitigationCommandHandler(IRiskRepository risks, IMitigationRepository mitigations, IClock clock)
    : ICommandHandler<AddMitigationCommand, MitigationDto>
{
    public async Task<MitigationDto> Handle(AddMitigationCommand request, CancellationToken cancellationToken)
    {
        var risk = await risks.GetAsync(request.RiskId, expectedVersion: null, cancellationToken);
        var mitigation = Mitigation.Plan(risk.Id, risk.Status, request.Action, request.Owner, request.DueDate, clock.UtcNow);
        await mitigations.AddAsync(mitigation, cancellationToken);
        return MitigationRow.ToDto(mitigation, clock.Today);
    }
}
