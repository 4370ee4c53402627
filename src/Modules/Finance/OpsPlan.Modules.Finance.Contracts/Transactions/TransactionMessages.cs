namespace OpsPlan.Modules.Finance.Contracts.Transactions;

/// <summary>Records one transaction; an <c>externalId</c> already taken is 409 <c>finance.duplicate-external-id</c>.</summary>
public sealed record CreateTransactionCommand(
    string? ExternalId,
    DateOnly OccurredOn,
    Guid CostCenterId,
    SpendCategory Category,
    TransactionDirection Direction,
    Money Amount,
    Guid? CashAccountId,
    string? Counterparty,
    Guid? PartnerId,
    string Description) : ICommand<TransactionDto>;

public sealed record GetTransactionQuery(Guid Id) : IQuery<TransactionDto>;

public sealed record ListTransactionsQuery(
    Guid? CostCenterId = null,
    SpendCategory? Category = null,
    TransactionDirection? Direction = null,
    Guid? CashAccountId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? ExternalId = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null) : IQuery<Page<TransactionDto>>, IListQuery;
