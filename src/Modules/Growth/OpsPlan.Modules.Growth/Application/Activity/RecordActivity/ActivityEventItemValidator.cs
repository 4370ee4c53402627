using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Activity;

namespace OpsPlan.Modules.Growth.Application.Activity.RecordActivity;

internal sealed class ActivityEventItemValidator : AbstractValidator<ActivityEventItem>
{
    // A sender's clock may run a little ahead; an event further in the future is a bug on its side.
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public ActivityEventItemValidator(IOptions<GrowthOptions> options, IClock clock)
    {
        var currency = options.Value.Currency;
        RuleFor(item => item.EventId).NotEmpty().ExternalId();
        RuleFor(item => item.CustomerExternalId).NotEmpty().ExternalId().When(item => item.CustomerExternalId is not null);
        RuleFor(item => item.CustomerId).NotNull().When(item => item.CustomerExternalId is null)
            .WithMessage("Name the customer: customerExternalId (the CRM's id) or customerId (OpsPlan's).");
        RuleFor(item => item.CustomerId).Null().When(item => item.CustomerExternalId is not null)
            .WithMessage("Name the customer once: customerExternalId or customerId, not both.");
        RuleFor(item => item.Type).IsInEnum();
        RuleFor(item => item.OccurredAt).Must(at => at >= DateBounds.EarliestMoment).WithMessage(DateBounds.Explanation)
            .Must(at => at <= clock.UtcNow + FutureTolerance).WithMessage("An event happened no later than a day from now.");
        RuleFor(item => item.Value!.Value.MinorUnits).GreaterThanOrEqualTo(0).OverridePropertyName("value.amount")
            .WithMessage("A value is zero or more.").When(item => item.Value is not null);
        RuleFor(item => item.Value!.Value.Currency).Equal(currency).OverridePropertyName("value.currency")
            .WithMessage($"Values are in {currency}, the currency customer value is kept in.").When(item => item.Value is not null);
        RuleFor(item => item.ProductId).MaximumLength(100).SingleLine();
    }
}
