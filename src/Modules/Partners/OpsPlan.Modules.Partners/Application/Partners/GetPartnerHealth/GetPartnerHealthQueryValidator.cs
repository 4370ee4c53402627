using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.GetPartnerHealth;

internal sealed class GetPartnerHealthQueryValidator : AbstractValidator<GetPartnerHealthQuery>
{
    public GetPartnerHealthQueryValidator()
    {
        this.RuleForMonthRange(query => query.From, query => query.To, optional: false);
    }
}
