using OpsPlan.Modules.Partners.Contracts.Agreements;
using OpsPlan.Modules.Partners.Contracts.Events;
using OpsPlan.Modules.Partners.Domain.Agreements;
using OpsPlan.Modules.Partners.Domain.Partners;

namespace OpsPlan.Modules.Partners.Application.Agreements.NotifyExpiringAgreements;

/// <summary>Announces every agreement whose expiring day has come (30 days before its notice deadline) once, with the partner's name.</summary>
internal sealed class NotifyExpiringAgreementsCommandHandler(IAgreementRepository agreements, IPartnerRepository partners, IOutbox outbox, IClock clock)
    : ICommandHandler<NotifyExpiringAgreementsCommand, ExpiringNotificationDto>
{
    public async Task<ExpiringNotificationDto> Handle(NotifyExpiringAgreementsCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var due = await agreements.DueForExpiryNoticeAsync(clock.Today, cancellationToken);
        foreach (var agreement in due)
        {
            var partner = await partners.GetAsync(agreement.PartnerId, null, cancellationToken);
            agreement.AnnounceExpiring(now);
            await agreements.UpdateAsync(agreement, cancellationToken);
            await outbox.EnqueueAsync(new AgreementExpiring(agreement.Id, partner.Id, partner.Profile.Name, agreement.Terms.Title, agreement.Terms.EndDate,
                agreement.NoticeDeadline, agreement.Terms.AutoRenew), cancellationToken);
        }

        return new ExpiringNotificationDto(now, due.Count);
    }
}
