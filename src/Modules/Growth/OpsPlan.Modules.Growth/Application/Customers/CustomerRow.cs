using System.Text.Json;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers;

/// <summary>A row of <c>growth.customers</c> as Dapper reads it, and its mappings to the domain and the contract.</summary>
internal sealed class CustomerRow : VersionedRow
{
    public const string Columns = """
        id AS Id, external_id AS ExternalId, display_name AS DisplayName, email AS Email, age_band AS AgeBand, gender AS Gender,
        country AS Country, region AS Region, interests AS Interests, acquisition_channel AS AcquisitionChannel, signed_up_at AS SignedUpAt,
        tier AS Tier, custom_attributes AS CustomAttributes, marketing_consent AS MarketingConsent, stage AS Stage,
        stage_changed_at AS StageChangedAt, stage_due_at AS StageDueAt, last_active_at AS LastActiveAt, ltv_minor AS LtvMinor,
        purchase_count AS PurchaseCount, first_purchase_at AS FirstPurchaseAt, last_purchase_at AS LastPurchaseAt,
        erased_at AS ErasedAt, erased_by AS ErasedBy, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        """;

    public const string SelectFromSql = "SELECT " + Columns + " FROM growth.customers";

    public string ExternalId { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string? Email { get; init; }

    public string? AgeBand { get; init; }

    public string? Gender { get; init; }

    public string Country { get; init; } = "";

    public string? Region { get; init; }

    public string Interests { get; init; } = "";

    public string? AcquisitionChannel { get; init; }

    public DateTime SignedUpAt { get; init; }

    public string Tier { get; init; } = "";

    public string CustomAttributes { get; init; } = "{}";

    public bool MarketingConsent { get; init; }

    public string Stage { get; init; } = "";

    public DateTime StageChangedAt { get; init; }

    public DateTime? StageDueAt { get; init; }

    public DateTime? LastActiveAt { get; init; }

    public long LtvMinor { get; init; }

    public int PurchaseCount { get; init; }

    public DateTime? FirstPurchaseAt { get; init; }

    public DateTime? LastPurchaseAt { get; init; }

    public DateTime? ErasedAt { get; init; }

    public string? ErasedBy { get; init; }

    public Customer ToDomain() => Customer.Restore(State, ExternalId,
        new CustomerProfile(
            new PersonalData(DisplayName, Email, AgeBand is null ? null : EnumText.Parse<AgeBand>(AgeBand), Gender is null ? null : EnumText.Parse<Gender>(Gender),
                Region, InterestTags.FromStored(Interests), CustomAttributes),
            Country, AcquisitionChannel, SignedUpAt, EnumText.Parse<CustomerTier>(Tier), MarketingConsent),
        new CustomerStanding(EnumText.Parse<LifecycleStage>(Stage), StageChangedAt, StageDueAt, LastActiveAt,
            new CustomerValue(LtvMinor, PurchaseCount, FirstPurchaseAt, LastPurchaseAt)),
        ErasedAt is { } erasedAt ? new Erasure(erasedAt, ErasedBy ?? "") : null);

    public static CustomerDto ToDto(Customer customer, string currency, DateTime now)
    {
        var profile = customer.Profile;
        var personal = profile.Personal;
        var value = customer.Standing.Value;
        return new CustomerDto
        {
            Id = customer.Id,
            ExternalId = customer.ExternalId,
            DisplayName = personal.DisplayName,
            Email = personal.Email,
            AgeBand = personal.AgeBand,
            Gender = personal.Gender,
            Country = profile.Country,
            Region = personal.Region,
            Interests = personal.Interests.Tags,
            AcquisitionChannel = profile.AcquisitionChannel,
            SignedUpAt = profile.SignedUpAt,
            Tier = profile.Tier,
            CustomAttributes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(personal.CustomAttributesJson) ?? [],
            MarketingConsent = profile.MarketingConsent,
            Stage = customer.Standing.Stage!.Value,
            StageChangedAt = customer.Standing.StageChangedAt,
            LastActiveAt = customer.Standing.LastActiveAt,
            Value = new CustomerValueDto(Money.FromMinorUnits(value.LifetimeValueMinor, currency), value.PurchaseCount, value.FirstPurchaseAt, value.LastPurchaseAt,
                value.FrequencyPer30Days(profile.SignedUpAt, now), value.RepurchaseRate),
            ErasedAt = customer.Erasure?.ErasedAt,
            ErasedBy = customer.Erasure?.ErasedBy,
            CreatedAt = customer.CreatedAt,
            UpdatedAt = customer.UpdatedAt,
            Version = customer.Version,
        };
    }

    /// <summary>What activity and time change (stage, activity, value) as one row of a <see cref="JsonRows"/> update.</summary>
    public static void WriteStanding(JsonRowWriter row, Customer customer)
    {
        var standing = customer.Standing;
        row.Id("id", customer.Id)
            .Text("stage", EnumText.ToText(standing.Stage!.Value))
            .Time("stageChangedAt", standing.StageChangedAt)
            .Time("stageDueAt", standing.StageDueAt)
            .Time("lastActiveAt", standing.LastActiveAt)
            .Number("ltvMinor", standing.Value.LifetimeValueMinor)
            .Number("purchaseCount", standing.Value.PurchaseCount)
            .Time("firstPurchaseAt", standing.Value.FirstPurchaseAt)
            .Time("lastPurchaseAt", standing.Value.LastPurchaseAt)
            .Time("updatedAt", customer.UpdatedAt)
            .Number("version", customer.Version)
            .Number("loadedVersion", customer.LoadedVersion);
    }

    /// <summary>The parameters of an insert or update: every column of the customer as it is now.</summary>
    public static object Parameters(Customer customer)
    {
        var profile = customer.Profile;
        var personal = profile.Personal;
        var standing = customer.Standing;
        return new
        {
            customer.Id,
            customer.ExternalId,
            personal.DisplayName,
            personal.Email,
            AgeBand = personal.AgeBand is { } ageBand ? EnumText.ToText(ageBand) : null,
            Gender = personal.Gender is { } gender ? EnumText.ToText(gender) : null,
            profile.Country,
            personal.Region,
            Interests = personal.Interests.Stored,
            profile.AcquisitionChannel,
            profile.SignedUpAt,
            profile.SignupMonth,
            Tier = EnumText.ToText(profile.Tier),
            CustomAttributes = personal.CustomAttributesJson,
            profile.MarketingConsent,
            Stage = EnumText.ToText(standing.Stage!.Value),
            standing.StageChangedAt,
            standing.StageDueAt,
            standing.LastActiveAt,
            LtvMinor = standing.Value.LifetimeValueMinor,
            standing.Value.PurchaseCount,
            standing.Value.FirstPurchaseAt,
            standing.Value.LastPurchaseAt,
            ErasedAt = customer.Erasure?.ErasedAt,
            ErasedBy = customer.Erasure?.ErasedBy,
            customer.CreatedAt,
            customer.UpdatedAt,
            customer.Version,
            customer.LoadedVersion,
        };
    }
}
