using OpsPlan.Modules.Partners.Contracts.Sla;

namespace OpsPlan.Modules.Partners.Application.Sla.GetPartnerSla;

internal sealed class GetPartnerSlaQueryValidator : AbstractValidator<GetPartnerSlaQuery>
{
    public GetPartnerSlaQueryValidator()
    {
        this.RuleForMonthRange(query => query.From, query => query.To, optional: true);
    }
}
