using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Finance.Contracts.Transactions;

/// <summary>Upserts up to 1,000 transactions by <c>externalId</c>; one bad item fails alone and the others are written.</summary>
public sealed record SyncTransactionsCommand(IReadOnlyList<BatchEntry<TransactionSyncItem>> Items) : ICommand<BatchResultDto>;

/// <summary>One item of a batch: a transaction as the finance system knows it; <c>market</c> is the country (ISO 3166-1 alpha-2) whose business it belongs to.</summary>
public sealed record TransactionSyncItem(
    string ExternalId,
    DateOnly OccurredOn,
    Guid CostCenterId,
    SpendCategory Category,
    TransactionDirection Direction,
    Money Amount,
    Guid? CashAccountId,
    string? Counterparty,
    Guid? PartnerId,
    string Description,
    string? Market = null);

/// <summary>The documented shape of a batch body: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record TransactionBatchRequest(IReadOnlyList<TransactionSyncItem> Items) : IBodyOf<SyncTransactionsCommand>;

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
    string Description,
    string? Market = null) : ICommand<TransactionDto>;
