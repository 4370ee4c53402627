using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.ListProductStageChanges;

internal sealed class ListProductStageChangesQueryValidator : ListQueryValidator<ListProductStageChangesQuery>;
