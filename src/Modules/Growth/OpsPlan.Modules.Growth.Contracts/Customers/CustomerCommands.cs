using System.Text.Json;
using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Growth.Contracts.Customers;

/// <summary>Upserts up to 1,000 customers by <c>externalId</c>; one bad item fails alone and the others are written.</summary>
public sealed record SyncCustomersCommand(IReadOnlyList<BatchEntry<CustomerSyncItem>> Items) : ICommand<BatchResultDto>;

/// <summary>
/// One customer as the CRM knows it. Interests are tags (lower-case letters, digits and hyphens); custom attributes are
/// a small JSON object. After an erasure the personal fields sent are ignored unless <c>restorePersonalData</c> is true.
/// <c>referralCode</c> is read when the sync creates the customer: it redeems that invite code, and a code that cannot be
/// redeemed fails the item (on <c>referralCode</c>) so the integrator can resend it without.
/// </summary>
public sealed record CustomerSyncItem(
    string ExternalId,
    string DisplayName,
    string? Email,
    AgeBand? AgeBand,
    Gender? Gender,
    string Country,
    string? Region,
    IReadOnlyList<string>? Interests,
    string? AcquisitionChannel,
    DateTime SignedUpAt,
    CustomerTier? Tier,
    IReadOnlyDictionary<string, JsonElement>? CustomAttributes,
    bool? MarketingConsent,
    bool? RestorePersonalData,
    string? ReferralCode = null);

/// <summary>The documented shape of a batch body: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record CustomerBatchRequest(IReadOnlyList<CustomerSyncItem> Items) : IBodyOf<SyncCustomersCommand>;

/// <summary>
/// Replaces the customer's personal fields with anonymous values and keeps the aggregates (stage, value, activity);
/// records who erased it and when. Erasing an erased customer changes nothing.
/// </summary>
public sealed record EraseCustomerCommand(Guid Id, ExpectedVersion? ExpectedVersion = null) : ICommand<CustomerDto>;

/// <summary>Moves every customer whose stage the passing of time changed (idle windows crossed) to its new stage.</summary>
public sealed record ReevaluateStagesCommand : ICommand<StageReevaluationDto>;
