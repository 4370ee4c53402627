namespace OpsPlan.Modules.Finance.Contracts.Budgets;

/// <summary>Drafts a budget; one per cost center and period (409 <c>finance.duplicate-budget</c>).</summary>
public sealed record CreateBudgetCommand(Guid CostCenterId, string Period, string Currency, decimal? WarningThresholdPercent, IReadOnlyList<BudgetLineDto> Lines)
    : ICommand<BudgetDto>;

/// <summary>The editable part of a draft budget, as PUT replaces it.</summary>
public sealed record BudgetRequest(decimal WarningThresholdPercent, IReadOnlyList<BudgetLineDto> Lines) : IBodyOf<UpdateBudgetCommand>
{
    public UpdateBudgetCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) => new(id, expectedVersion, WarningThresholdPercent, Lines);
}

/// <summary>Replaces a draft budget's lines and threshold; anything past draft is 409 <c>finance.budget-not-editable</c>.</summary>
public sealed record UpdateBudgetCommand(Guid Id, ExpectedVersion? ExpectedVersion, decimal WarningThresholdPercent, IReadOnlyList<BudgetLineDto> Lines) : ICommand<BudgetDto>;

/// <summary>The body of a status transition.</summary>
public sealed record BudgetStatusTransitionRequest(BudgetStatus? Status, string? Reason) : IBodyOf<TransitionBudgetStatusCommand>;

/// <summary>Moves a budget along draft → submitted → approved → closed (submitted may return to draft); else 409 <c>finance.invalid-transition</c>.</summary>
public sealed record TransitionBudgetStatusCommand(Guid BudgetId, ExpectedVersion? ExpectedVersion, BudgetStatus? Status, string? Reason) : ICommand<BudgetDto>;

/// <summary>The body of a revision: the lines whose amount changes (a zero amount removes a line), and why.</summary>
public sealed record BudgetRevisionRequest(IReadOnlyList<BudgetLineDto> Lines, string Reason) : IBodyOf<ReviseBudgetCommand>
{
    public ReviseBudgetCommand ToCommand(Guid budgetId, ExpectedVersion? expectedVersion) => new(budgetId, expectedVersion, Lines, Reason);
}

/// <summary>Changes an approved budget's lines, recording the revision; a budget in any other status is 409 <c>finance.budget-not-approved</c>.</summary>
public sealed record ReviseBudgetCommand(Guid BudgetId, ExpectedVersion? ExpectedVersion, IReadOnlyList<BudgetLineDto> Lines, string Reason) : ICommand<BudgetRevisionDto>;
