namespace OpsPlan.Modules.Finance.Contracts.Budgets;

public sealed record GetBudgetQuery(Guid Id) : IQuery<BudgetDto>;

public sealed record ListBudgetsQuery(
    Guid? CostCenterId = null,
    string? Period = null,
    IReadOnlyList<BudgetStatus>? Status = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<BudgetDto>>, IListQuery;

public sealed record ListBudgetRevisionsQuery(Guid BudgetId, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<BudgetRevisionDto>>, IListQuery;
