using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners;

/// <summary>A row of <c>partners.status_history</c>.</summary>
internal sealed class PartnerStatusChangeRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, partner_id AS PartnerId, from_status AS FromStatus, to_status AS ToStatus, changed_at AS ChangedAt, changed_by AS ChangedBy, reason AS Reason
        FROM partners.status_history
        """;

    public Guid Id { get; init; }

    public Guid PartnerId { get; init; }

    public string? FromStatus { get; init; }

    public string ToStatus { get; init; } = "";

    public DateTime ChangedAt { get; init; }

    public string ChangedBy { get; init; } = "";

    public string Reason { get; init; } = "";

    public PartnerStatusChangeDto ToDto() => new()
    {
        Id = Id,
        From = FromStatus is null ? null : EnumText.Parse<PartnerStatus>(FromStatus),
        To = EnumText.Parse<PartnerStatus>(ToStatus),
        ChangedAt = ChangedAt,
        ChangedBy = ChangedBy,
        Reason = Reason,
    };
}
