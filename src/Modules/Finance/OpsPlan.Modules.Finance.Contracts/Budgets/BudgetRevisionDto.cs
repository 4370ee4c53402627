namespace OpsPlan.Modules.Finance.Contracts.Budgets;

/// <summary>A recorded change to an approved budget: who, when, why, and each line's old and new amount.</summary>
public sealed record BudgetRevisionDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid BudgetId { get; init; }

    public required string RevisedBy { get; init; }

    public required DateTime RevisedAt { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyList<BudgetRevisionChangeDto> Changes { get; init; }

    /// <summary>The budget's version after the revision.</summary>
    public required long BudgetVersion { get; init; }
}

/// <summary>One line's change; a zero amount is a line that did not exist or was removed.</summary>
public sealed record BudgetRevisionChangeDto(SpendCategory Category, Money PreviousAmount, Money Amount);

/// <summary>The body of a revision: the lines whose amount changes (a zero amount removes a line), and why.</summary>
public sealed record BudgetRevisionRequest(IReadOnlyList<BudgetLineDto> Lines, string Reason)
{
    public ReviseBudgetCommand ToCommand(Guid budgetId, long? expectedVersion) => new(budgetId, expectedVersion, Lines, Reason);
}

/// <summary>Changes an approved budget's lines, recording the revision; a budget in any other status is 409 <c>finance.budget-not-approved</c>.</summary>
public sealed record ReviseBudgetCommand(Guid BudgetId, long? ExpectedVersion, IReadOnlyList<BudgetLineDto> Lines, string Reason) : ICommand<BudgetRevisionDto>;

public sealed record ListBudgetRevisionsQuery(Guid BudgetId, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null)
    : IQuery<Page<BudgetRevisionDto>>, IListQuery;
