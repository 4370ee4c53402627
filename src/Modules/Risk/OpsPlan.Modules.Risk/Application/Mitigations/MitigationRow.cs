using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Mitigations;
using OpsPlan.Modules.Risk.Domain.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations;

/// <summary>A row of <c>risk.mitigations</c>, and its mappings to the domain and the contract.</summary>
internal sealed class MitigationRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, risk_id AS RiskId, action AS Action, owner AS Owner, due_date AS DueDate, status AS Status,
               completed_at AS CompletedAt, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM risk.mitigations
        """;

    public Guid RiskId { get; init; }

    public string Action { get; init; } = "";

    public string Owner { get; init; } = "";

    public DateOnly? DueDate { get; init; }

    public string Status { get; init; } = "";

    public DateTime? CompletedAt { get; init; }

    public Mitigation ToDomain() => Mitigation.Restore(
        State, RiskId, Action, Owner, DueDate, EnumText.Parse<MitigationStatus>(Status), CompletedAt);

    public MitigationDto ToDto(DateOnly today) => ToDto(ToDomain(), today);

    public static MitigationDto ToDto(Mitigation mitigation, DateOnly today) => new()
    {
        Id = mitigation.Id,
        RiskId = mitigation.RiskId,
        Action = mitigation.Action,
        Owner = mitigation.Owner,
        DueDate = mitigation.DueDate,
        Status = mitigation.Status,
        Overdue = mitigation.IsOverdue(today),
        CompletedAt = mitigation.CompletedAt,
        CreatedAt = mitigation.CreatedAt,
        UpdatedAt = mitigation.UpdatedAt,
        Version = mitigation.Version,
    };

    public static object Parameters(Mitigation mitigation) => new
    {
        mitigation.Id,
        mitigation.RiskId,
        mitigation.Action,
        mitigation.Owner,
        mitigation.DueDate,
        Status = EnumText.ToText(mitigation.Status),
        mitigation.CompletedAt,
        mitigation.CreatedAt,
        mitigation.UpdatedAt,
        mitigation.Version,
        mitigation.LoadedVersion,
    };
}
