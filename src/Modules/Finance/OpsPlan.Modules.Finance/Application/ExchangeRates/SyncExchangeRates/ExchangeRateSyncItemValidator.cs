using Microsoft.Extensions.Options;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates.SyncExchangeRates;

internal sealed class ExchangeRateSyncItemValidator : AbstractValidator<ExchangeRateSyncItem>
{
    public ExchangeRateSyncItemValidator(IOptions<FinanceOptions> options)
    {
        var reporting = options.Value.ReportingCurrency;
        RuleFor(item => item.Currency).NotEmpty().Must(Money.IsCurrencyCode).WithMessage(Currencies.Explanation)
            .NotEqual(reporting).WithMessage($"{reporting} is the reporting currency; its rate is always 1.");
        RuleFor(item => item.EffectiveOn).NotEqual(default(DateOnly)).WithMessage("The day the rate takes effect is required.");
        RuleFor(item => item.Rate).NotEmpty().MaximumLength(22).Must(rate => ExchangeRate.TryParse(rate, out _))
            .WithMessage("A rate is a positive decimal string with at most 10 decimal places, such as \"1.0845\".");
    }
}
