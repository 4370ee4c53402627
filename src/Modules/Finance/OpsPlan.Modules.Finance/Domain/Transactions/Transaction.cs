using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Transactions;

/// <summary>The fields of a transaction that its source owns; an upsert compares and replaces them as a whole.</summary>
internal sealed record TransactionDetails(
    DateOnly OccurredOn,
    Guid CostCenterId,
    SpendCategory Category,
    TransactionDirection Direction,
    Money Amount,
    Guid? CashAccountId,
    string? Counterparty,
    Guid? PartnerId,
    string Description,
    string? Market)
{
    /// <summary>The signed effect on a cash balance: inflows add, outflows subtract.</summary>
    public long SignedMinorUnits => Direction == TransactionDirection.Inflow ? Amount.MinorUnits : -Amount.MinorUnits;
}

/// <summary>An actual, spent or received. Integrator-owned ones carry the finance system's <see cref="ExternalId"/>.</summary>
internal sealed class Transaction : AggregateRoot
{
    private Transaction(AggregateState state, string? externalId, TransactionDetails details)
        : base(state)
    {
        ExternalId = externalId;
        Details = details;
    }

    public string? ExternalId { get; }

    public TransactionDetails Details { get; private set; }


    public static Transaction Record(string? externalId, TransactionDetails details, DateTime now) => new(AggregateState.New(now), externalId, details);

    public static Transaction Restore(AggregateState state, string? externalId, TransactionDetails details) =>
        new(state, externalId, details);

    /// <summary>Takes the source's current fields; returns false (and changes nothing) when they are the same.</summary>
    public bool Replace(TransactionDetails details, DateTime now)
    {
        if (details == Details)
        {
            return false;
        }

        Details = details;
        Touch(now);
        return true;
    }
}
