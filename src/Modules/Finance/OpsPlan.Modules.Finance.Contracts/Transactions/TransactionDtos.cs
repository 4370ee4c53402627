namespace OpsPlan.Modules.Finance.Contracts.Transactions;

/// <summary>An actual: money spent or received on a date, booked to a cost center and category.</summary>
public sealed record TransactionDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    /// <summary>The id in the finance system it was synced from; unique.</summary>
    public string? ExternalId { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public required Guid CostCenterId { get; init; }

    public required SpendCategory Category { get; init; }

    public required TransactionDirection Direction { get; init; }

    /// <summary>Always positive; the direction says which way it went.</summary>
    public required Money Amount { get; init; }

    /// <summary>The cash account it moved through, if any; only such transactions count in cash flow and runway.</summary>
    public Guid? CashAccountId { get; init; }

    public string? Counterparty { get; init; }

    public Guid? PartnerId { get; init; }

    /// <summary>The country whose business it belongs to (ISO 3166-1 alpha-2), when the finance system says.</summary>
    public string? Market { get; init; }

    public required string Description { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
