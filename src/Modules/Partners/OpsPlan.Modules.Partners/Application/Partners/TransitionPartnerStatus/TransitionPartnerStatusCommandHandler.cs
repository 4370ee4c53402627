using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Events;
using OpsPlan.Modules.Partners.Contracts.Partners;
using OpsPlan.Modules.Partners.Domain.DueDiligence;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.TransitionPartnerStatus;

/// <summary>Moves a partner's status (active only with its due diligence complete), keeps the move and publishes a suspension or termination.</summary>
internal sealed class TransitionPartnerStatusCommandHandler(IPartnerRepository partners, IDueDiligenceRepository dueDiligence, IOutbox outbox, ICurrentUser user,
    IClock clock) : ICommandHandler<TransitionPartnerStatusCommand, PartnerDto>
{
    public async Task<PartnerDto> Handle(TransitionPartnerStatusCommand request, CancellationToken cancellationToken)
    {
        var partner = await partners.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var target = request.Status!.Value;
        var open = target == PartnerStatus.Active
            ? (await dueDiligence.ChecklistAsync(partner.Id, cancellationToken)).Where(item => item.Required && !item.Approved)
                .Select(item => $"{item.Title} ({EnumText.ToText(item.Status)}).").ToList()
            : [];
        var now = clock.UtcNow;
        var change = partner.MoveTo(target, open, request.Reason!, user.Id, now);
        await partners.UpdateAsync(partner, cancellationToken);
        await partners.AddStatusChangeAsync(change, cancellationToken);
        IntegrationEvent? announced = target switch
        {
            PartnerStatus.Suspended => new PartnerSuspended(partner.Id, partner.Profile.Name, change.Reason, now),
            PartnerStatus.Terminated => new PartnerTerminated(partner.Id, partner.Profile.Name, change.Reason, now),
            _ => null,
        };
        if (announced is not null)
        {
            await outbox.EnqueueAsync(announced, cancellationToken);
        }

        return PartnerRow.ToDto(partner);
    }
}
