using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.GetPartnerSla;

internal sealed class GetPartnerSlaQueryValidator : AbstractValidator<GetPartnerSlaQuery>
{
    public GetPartnerSlaQueryValidator()
    {
        RuleFor(query => query.From).Must(MonthText.IsValid).When(query => query.From is not null).WithMessage(MonthText.Explanation);
        RuleFor(query => query.To).Must(MonthText.IsValid).When(query => query.To is not null).WithMessage(MonthText.Explanation);
        RuleFor(query => query.To).Must((query, to) => MonthText.Parse(to!) >= MonthText.Parse(query.From!))
            .When(query => MonthText.IsValid(query.From) && MonthText.IsValid(query.To)).WithMessage("to is the same month as from or later.");
    }
}
