using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.ListOutboxFailures;

internal sealed class ListOutboxFailuresQueryValidator : ListQueryValidator<ListOutboxFailuresQuery>
{
    public ListOutboxFailuresQueryValidator(ModuleCatalog catalog)
    {
        RuleFor(query => query.Module).IsModuleOf(catalog);
        RuleFor(query => query.Type).MaximumLength(300);
    }
}
