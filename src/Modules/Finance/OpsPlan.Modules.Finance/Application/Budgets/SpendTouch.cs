using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Application.Budgets;

/// <summary>A cost center, category and day whose spend a write changed: the budget lines to look at again.</summary>
internal sealed record SpendTouch(Guid CostCenterId, SpendCategory Category, DateOnly Day);
