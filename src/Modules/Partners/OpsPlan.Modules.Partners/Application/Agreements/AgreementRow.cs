using System.Text.Json;
using System.Text.Json.Serialization;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Agreements;
using OpsPlan.Modules.Partners.Domain.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements;

/// <summary>A row of <c>partners.agreements</c>; the SLA targets are a JSON array.</summary>
internal sealed class AgreementRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, partner_id AS PartnerId, title AS Title, type AS Type, start_date AS StartDate, end_date AS EndDate, value_minor AS ValueMinor,
               value_currency AS ValueCurrency, auto_renew AS AutoRenew, notice_days AS NoticeDays, sla_targets AS SlaTargets,
               expiring_announced_at AS ExpiringAnnouncedAt, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM partners.agreements
        """;

    private static readonly JsonSerializerOptions TargetJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public Guid PartnerId { get; init; }

    public string Title { get; init; } = "";

    public string Type { get; init; } = "";

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public long? ValueMinor { get; init; }

    public string? ValueCurrency { get; init; }

    public bool AutoRenew { get; init; }

    public int NoticeDays { get; init; }

    public string SlaTargets { get; init; } = "[]";

    public DateTime? ExpiringAnnouncedAt { get; init; }

    public Agreement ToDomain() => Agreement.Restore(State, PartnerId,
        new AgreementTerms(Title, EnumText.Parse<AgreementType>(Type), StartDate, EndDate, ValueMinor is { } value ? Money.FromMinorUnits(value, ValueCurrency!) : null,
            AutoRenew, NoticeDays, JsonSerializer.Deserialize<SlaTarget[]>(SlaTargets, TargetJson)!),
        ExpiringAnnouncedAt);

    public AgreementDto ToDto(DateOnly today) => ToDto(ToDomain(), today);

    public static AgreementDto ToDto(Agreement agreement, DateOnly today) => new()
    {
        Id = agreement.Id,
        PartnerId = agreement.PartnerId,
        Title = agreement.Terms.Title,
        Type = agreement.Terms.Type,
        StartDate = agreement.Terms.StartDate,
        EndDate = agreement.Terms.EndDate,
        Value = agreement.Terms.Value,
        AutoRenew = agreement.Terms.AutoRenew,
        NoticeDays = agreement.Terms.NoticeDays,
        NoticeDeadline = agreement.NoticeDeadline,
        State = agreement.StateOn(today),
        SlaTargets = agreement.Terms.SlaTargets.Select(target => new SlaTargetDto { Metric = target.Metric, Target = target.Target, Comparison = target.Comparison })
            .ToList(),
        CreatedAt = agreement.CreatedAt,
        UpdatedAt = agreement.UpdatedAt,
        Version = agreement.Version,
    };

    public static object Parameters(Agreement agreement) => new
    {
        agreement.Id,
        agreement.PartnerId,
        agreement.Terms.Title,
        Type = EnumText.ToText(agreement.Terms.Type),
        agreement.Terms.StartDate,
        agreement.Terms.EndDate,
        ValueMinor = agreement.Terms.Value?.MinorUnits,
        ValueCurrency = agreement.Terms.Value?.Currency,
        agreement.Terms.AutoRenew,
        agreement.Terms.NoticeDays,
        agreement.ExpiringFrom,
        SlaTargets = JsonSerializer.Serialize(agreement.Terms.SlaTargets, TargetJson),
        agreement.ExpiringAnnouncedAt,
        agreement.CreatedAt,
        agreement.UpdatedAt,
        agreement.Version,
        agreement.LoadedVersion,
    };
}
