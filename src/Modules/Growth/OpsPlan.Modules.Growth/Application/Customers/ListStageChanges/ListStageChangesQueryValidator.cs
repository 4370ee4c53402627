using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.ListStageChanges;

internal sealed class ListStageChangesQueryValidator : ListQueryValidator<ListStageChangesQuery>;
