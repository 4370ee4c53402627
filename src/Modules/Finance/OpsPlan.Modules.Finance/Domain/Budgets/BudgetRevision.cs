using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Budgets;

/// <summary>A change to an approved budget, kept for good: who, when, why, and every line's old and new amount.</summary>
internal sealed record BudgetRevision(Guid Id, Guid BudgetId, string RevisedBy, DateTime RevisedAt, string Reason, IReadOnlyList<BudgetRevisionChange> Changes, long BudgetVersion);

internal sealed record BudgetRevisionChange(SpendCategory Category, Money PreviousAmount, Money Amount);
