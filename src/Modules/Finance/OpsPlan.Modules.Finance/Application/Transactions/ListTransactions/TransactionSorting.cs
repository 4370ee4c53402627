namespace OpsPlan.Modules.Finance.Application.Transactions.ListTransactions;

/// <summary>What transactions may be sorted by besides created and updated times (amounts in minor units, per currency).</summary>
internal static class TransactionSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<TransactionRow, DateOnly>("occurredOn", "occurred_on", row => row.OccurredOn),
        SortKey.Of<TransactionRow, long>("amount", "amount_minor", row => row.AmountMinor),
    ];
}
