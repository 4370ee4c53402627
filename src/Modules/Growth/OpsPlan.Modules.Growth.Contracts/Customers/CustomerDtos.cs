using System.Text.Json;

namespace OpsPlan.Modules.Growth.Contracts.Customers;

/// <summary>A customer as the API returns it: the CRM's profile, the stage computed from activity and its value.</summary>
public sealed record CustomerDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string ExternalId { get; init; }

    public required string DisplayName { get; init; }

    public string? Email { get; init; }

    public AgeBand? AgeBand { get; init; }

    public Gender? Gender { get; init; }

    public required string Country { get; init; }

    public string? Region { get; init; }

    public required IReadOnlyList<string> Interests { get; init; }

    public string? AcquisitionChannel { get; init; }

    public required DateTime SignedUpAt { get; init; }

    public required CustomerTier Tier { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> CustomAttributes { get; init; }

    public required bool MarketingConsent { get; init; }

    public required LifecycleStage Stage { get; init; }

    public required DateTime StageChangedAt { get; init; }

    public DateTime? LastActiveAt { get; init; }

    public required CustomerValueDto Value { get; init; }

    /// <summary>When the personal fields were erased on request (null: never, or restored since).</summary>
    public DateTime? ErasedAt { get; init; }

    /// <summary>Who erased them.</summary>
    public string? ErasedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>
/// What a customer is worth, kept as events arrive: purchase frequency is purchases per 30 days since sign-up,
/// repurchase rate the share of purchases after the first.
/// </summary>
public sealed record CustomerValueDto(Money LifetimeValue, int PurchaseCount, DateTime? FirstPurchaseAt, DateTime? LastPurchaseAt, decimal PurchaseFrequency, decimal RepurchaseRate);

/// <summary>One change of a customer's lifecycle stage; <c>from</c> is null for the stage a customer started in.</summary>
public sealed record StageChangeDto(Guid Id, Guid CustomerId, LifecycleStage? From, LifecycleStage To, DateTime ChangedAt, string Reason);

/// <summary>What a re-evaluation did: the customers whose stage it changed, as of the clock's now.</summary>
public sealed record StageReevaluationDto(DateTime AsOf, int Changed);
