using OpsPlan.Modules.Finance.Contracts.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets.ListBudgetRevisions;

internal sealed class ListBudgetRevisionsQueryValidator : ListQueryValidator<ListBudgetRevisionsQuery>;
