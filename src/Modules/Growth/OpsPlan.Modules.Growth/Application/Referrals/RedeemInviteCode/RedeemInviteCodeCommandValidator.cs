using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.RedeemInviteCode;

internal sealed class RedeemInviteCodeCommandValidator : AbstractValidator<RedeemInviteCodeCommand>
{
    public RedeemInviteCodeCommandValidator()
    {
        RuleFor(command => command.Code).NotEmpty().MaximumLength(40);
        RuleFor(command => command.CustomerExternalId).NotEmpty().ExternalId().When(command => command.CustomerExternalId is not null);
        RuleFor(command => command.CustomerId).NotNull().When(command => command.CustomerExternalId is null)
            .WithMessage("Name the new customer: customerId (OpsPlan's) or customerExternalId (the CRM's).");
        RuleFor(command => command.CustomerId).Null().When(command => command.CustomerExternalId is not null)
            .WithMessage("Name the customer once: customerId or customerExternalId, not both.");
    }
}
