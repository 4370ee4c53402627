using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters;

internal sealed class CostCenterRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, code AS Code, name AS Name, owner AS Owner, parent_id AS ParentId, archived AS Archived,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM finance.cost_centers
        """;

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string Owner { get; init; } = "";

    public Guid? ParentId { get; init; }

    public bool Archived { get; init; }

    public CostCenter ToDomain() => CostCenter.Restore(State, Code, Name, Owner, ParentId, Archived);

    public CostCenterDto ToDto() => ToDto(ToDomain());

    public static CostCenterDto ToDto(CostCenter costCenter) => new()
    {
        Id = costCenter.Id,
        Code = costCenter.Code,
        Name = costCenter.Name,
        Owner = costCenter.Owner,
        ParentId = costCenter.ParentId,
        Archived = costCenter.Archived,
        CreatedAt = costCenter.CreatedAt,
        UpdatedAt = costCenter.UpdatedAt,
        Version = costCenter.Version,
    };

    public static object Parameters(CostCenter costCenter) => new
    {
        costCenter.Id,
        costCenter.Code,
        costCenter.Name,
        costCenter.Owner,
        costCenter.ParentId,
        costCenter.Archived,
        costCenter.CreatedAt,
        costCenter.UpdatedAt,
        costCenter.Version,
        costCenter.LoadedVersion,
    };
}
