using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Compliance;
using OpsPlan.Modules.Overseas.Domain.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance;

/// <summary>A row of <c>overseas.compliance_items</c>.</summary>
internal sealed class ComplianceItemRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, market_id AS MarketId, regulation AS Regulation, requirement AS Requirement, severity AS Severity, status AS Status, due_date AS DueDate,
               evidence AS Evidence, reason AS Reason, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM overseas.compliance_items
        """;

    public Guid MarketId { get; init; }

    public string Regulation { get; init; } = "";

    public string Requirement { get; init; } = "";

    public string Severity { get; init; } = "";

    public string Status { get; init; } = "";

    public DateOnly? DueDate { get; init; }

    public string? Evidence { get; init; }

    public string? Reason { get; init; }

    public ComplianceItem ToDomain() => ComplianceItem.Restore(State, MarketId,
        new ComplianceRequirement(Regulation, Requirement, EnumText.Parse<ComplianceSeverity>(Severity), DueDate, Evidence), EnumText.Parse<ComplianceStatus>(Status), Reason);

    public ComplianceItemDto ToDto() => ToDto(ToDomain());

    public static ComplianceItemDto ToDto(ComplianceItem item) => new()
    {
        Id = item.Id,
        MarketId = item.MarketId,
        Regulation = item.Requirement.Regulation,
        Requirement = item.Requirement.Requirement,
        Severity = item.Requirement.Severity,
        Status = item.Status,
        Open = ComplianceItem.IsOpen(item.Status),
        DueDate = item.Requirement.DueDate,
        Evidence = item.Requirement.Evidence,
        Reason = item.Reason,
        CreatedAt = item.CreatedAt,
        UpdatedAt = item.UpdatedAt,
        Version = item.Version,
    };

    public static object Parameters(ComplianceItem item) => new
    {
        item.Id,
        item.MarketId,
        item.Requirement.Regulation,
        item.Requirement.Requirement,
        Severity = EnumText.ToText(item.Requirement.Severity),
        Status = EnumText.ToText(item.Status),
        item.Requirement.DueDate,
        item.Requirement.Evidence,
        item.Reason,
        item.CreatedAt,
        item.UpdatedAt,
        item.Version,
        item.LoadedVersion,
    };
}
