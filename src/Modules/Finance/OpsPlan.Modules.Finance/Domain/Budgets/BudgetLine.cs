using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Budgets;

/// <summary>One category's amount, and the alert state last published for it.</summary>
internal sealed record BudgetLine(SpendCategory Category, Money Amount, BudgetLineState State);
