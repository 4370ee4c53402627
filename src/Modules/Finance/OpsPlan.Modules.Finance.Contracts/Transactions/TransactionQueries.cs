namespace OpsPlan.Modules.Finance.Contracts.Transactions;

public sealed record GetTransactionQuery(Guid Id) : IQuery<TransactionDto>;

public sealed record ListTransactionsQuery(
    Guid? CostCenterId = null,
    IReadOnlyList<SpendCategory>? Category = null,
    IReadOnlyList<TransactionDirection>? Direction = null,
    Guid? CashAccountId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? ExternalId = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<TransactionDto>>, IListQuery;
