using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartnerSpend;

internal sealed class GetPartnerSpendQueryValidator : AbstractValidator<GetPartnerSpendQuery>
{
    private const int MaxDays = 1_098;

    public GetPartnerSpendQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds();
        RuleFor(query => query.To).Must((query, to) => to >= query.From && to!.Value.DayNumber - query.From!.Value.DayNumber < MaxDays)
            .When(query => query.From is not null && query.To is not null).WithMessage($"to is on or after from, at most {MaxDays:N0} days later.");
    }
}
