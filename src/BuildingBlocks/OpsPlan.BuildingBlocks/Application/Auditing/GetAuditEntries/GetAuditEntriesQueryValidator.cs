using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Application.Auditing.GetAuditEntries;

internal sealed class GetAuditEntriesQueryValidator : ListQueryValidator<GetAuditEntriesQuery>
{
    public GetAuditEntriesQueryValidator(ModuleCatalog catalog)
    {
        RuleFor(query => query.Module).IsModuleOf(catalog);
        RuleFor(query => query.UserId).MaximumLength(200);
    }
}
