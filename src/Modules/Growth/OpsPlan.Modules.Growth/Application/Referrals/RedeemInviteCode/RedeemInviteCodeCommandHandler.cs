using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Referrals.RedeemInviteCode;

internal sealed class RedeemInviteCodeCommandHandler(ReferralDesk desk, ICustomerRepository customers, IClock clock) : ICommandHandler<RedeemInviteCodeCommand, ReferralDto>
{
    public async Task<ReferralDto> Handle(RedeemInviteCodeCommand request, CancellationToken cancellationToken)
    {
        var invitee = await InviteeAsync(request, cancellationToken);
        return ReferralRow.ToDto(await desk.RedeemAsync(request.Code, invitee, false, clock.UtcNow, cancellationToken));
    }

    private async Task<Customer> InviteeAsync(RedeemInviteCodeCommand request, CancellationToken cancellationToken)
    {
        if (request.CustomerExternalId is { } externalId)
        {
            return (await customers.FindByExternalIdsAsync([externalId], cancellationToken)).GetValueOrDefault(externalId)
                ?? throw RequestValidationException.For("customerExternalId", "No customer has this external id.");
        }

        var id = request.CustomerId!.Value;
        return (await customers.FindAsync([id], cancellationToken)).GetValueOrDefault(id)
            ?? throw RequestValidationException.For("customerId", "No customer has this id.");
    }
}
