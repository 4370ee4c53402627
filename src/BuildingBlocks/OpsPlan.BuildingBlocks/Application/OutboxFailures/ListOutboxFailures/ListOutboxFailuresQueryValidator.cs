using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.ListOutboxFailures;

internal sealed class ListOutboxFailuresQueryValidator : ListQueryValidator<ListOutboxFailuresQuery>
{
    public ListOutboxFailuresQueryValidator(ModuleCatalog catalog)
    {
        RuleFor(query => query.Module)
            .Must(module => catalog.Find(module!) is not null)
            .When(query => query.Module is not null)
            .WithMessage(_ => "Module must be one of: " + string.Join(", ", catalog.Modules.Select(module => module.Name)) + ".");
        RuleFor(query => query.Type).MaximumLength(300);
    }
}
