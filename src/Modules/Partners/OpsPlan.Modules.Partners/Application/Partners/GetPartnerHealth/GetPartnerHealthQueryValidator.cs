using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartnerHealth;

internal sealed class GetPartnerHealthQueryValidator : AbstractValidator<GetPartnerHealthQuery>
{
    public GetPartnerHealthQueryValidator()
    {
        RuleFor(query => query.From).Must(MonthText.IsValid).WithMessage(MonthText.Explanation);
        RuleFor(query => query.To).Must(MonthText.IsValid).WithMessage(MonthText.Explanation);
        RuleFor(query => query.To).Must((query, to) => MonthText.Parse(query.From) <= MonthText.Parse(to))
            .When(query => MonthText.IsValid(query.From) && MonthText.IsValid(query.To)).WithMessage("to is the same month as from or later.");
    }
}
