using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Application.Auditing.GetAuditEntries;

internal sealed class GetAuditEntriesQueryValidator : ListQueryValidator<GetAuditEntriesQuery>
{
    public GetAuditEntriesQueryValidator(ModuleCatalog catalog)
    {
        RuleFor(query => query.Module)
            .Must(module => catalog.Find(module!) is not null)
            .When(query => query.Module is not null)
            .WithMessage(_ => "Module must be one of: " + string.Join(", ", catalog.Modules.Select(module => module.Name)) + ".");
        RuleFor(query => query.UserId).MaximumLength(200);
    }
}
