using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.ListRisks;

internal sealed class ListRisksQueryValidator : ListQueryValidator<ListRisksQuery>
{
    public ListRisksQueryValidator()
        : base(RiskSorting.Keys)
    {
        RuleFor(query => query.Owner).MaximumLength(RiskRules.OwnerMaxLength);
        RuleFor(query => query.Source).MaximumLength(30);
        RuleFor(query => query.SourceReference).MaximumLength(200);
    }
}
