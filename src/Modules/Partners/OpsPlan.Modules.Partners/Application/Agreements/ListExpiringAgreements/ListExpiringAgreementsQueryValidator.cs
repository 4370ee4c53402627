using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.ListExpiringAgreements;

internal sealed class ListExpiringAgreementsQueryValidator : AbstractValidator<ListExpiringAgreementsQuery>
{
    private static readonly int[] Windows = [30, 60, 90];

    public ListExpiringAgreementsQueryValidator() =>
        RuleFor(query => query.Within).Must(within => Windows.Contains(within!.Value)).When(query => query.Within is not null)
            .WithMessage("within is 30, 60 or 90 days.");
}
