using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Budgets;

/// <summary>Which status a budget may move to from which.</summary>
internal static class BudgetWorkflow
{
    private static readonly Dictionary<BudgetStatus, BudgetStatus[]> Allowed = new()
    {
        [BudgetStatus.Draft] = [BudgetStatus.Submitted],
        [BudgetStatus.Submitted] = [BudgetStatus.Approved, BudgetStatus.Draft],
        [BudgetStatus.Approved] = [BudgetStatus.Closed],
        [BudgetStatus.Closed] = [],
    };

    public static bool CanMove(BudgetStatus from, BudgetStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<BudgetStatus> NextFrom(BudgetStatus from) => Allowed[from];
}
