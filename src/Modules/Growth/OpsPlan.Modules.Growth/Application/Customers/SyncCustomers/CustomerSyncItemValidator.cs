using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.SyncCustomers;

internal sealed class CustomerSyncItemValidator : AbstractValidator<CustomerSyncItem>
{
    public CustomerSyncItemValidator(IClock clock)
    {
        RuleFor(item => item.ExternalId).NotEmpty().ExternalId();
        RuleFor(item => item.DisplayName).NotEmpty().MaximumLength(200).SingleLine();
        RuleFor(item => item.Email).MaximumLength(254).EmailAddress().WithMessage("An email address, such as ana@example.com.")
            .When(item => item.Email is not null);
        RuleFor(item => item.AgeBand).IsInEnum();
        RuleFor(item => item.Gender).IsInEnum();
        RuleFor(item => item.Country).NotEmpty().Must(Countries.IsKnown).WithMessage(Countries.Explanation);
        RuleFor(item => item.Region).MaximumLength(100).SingleLine();
        RuleFor(item => item.Interests).Must(tags => tags!.Count <= CustomerRules.MaxInterests)
            .WithMessage($"At most {CustomerRules.MaxInterests} interests.").When(item => item.Interests is not null);
        RuleForEach(item => item.Interests).Must(tag => tag is not null && CustomerRules.Tag().IsMatch(tag)).WithMessage(CustomerRules.TagExplanation);
        RuleFor(item => item.AcquisitionChannel).MaximumLength(100).SingleLine();
        RuleFor(item => item.SignedUpAt).Must(at => at >= DateBounds.EarliestMoment).WithMessage(DateBounds.Explanation)
            .Must(at => at <= clock.UtcNow.AddDays(1)).WithMessage("A customer signed up no later than a day from now.");
        RuleFor(item => item.Tier).IsInEnum();
        RuleFor(item => item.ReferralCode).NotEmpty().MaximumLength(40).When(item => item.ReferralCode is not null);
        RuleFor(item => item.CustomAttributes).Custom((attributes, context) =>
        {
            if (attributes is not null && CustomerRules.AttributesProblem(attributes) is { } problem)
            {
                context.AddFailure(nameof(CustomerSyncItem.CustomAttributes), problem);
            }
        });
    }
}
