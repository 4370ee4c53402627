using System.Text.Json;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Requirements;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements;

/// <summary>A row of <c>lifecycle.requirements</c>; the linked feedback ids are a JSON array.</summary>
internal sealed class RequirementRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, product_id AS ProductId, title AS Title, description AS Description, source AS Source, priority AS Priority, status AS Status,
               feedback_ids AS FeedbackIds, target_version AS TargetVersion, delivered_in_release_id AS DeliveredInReleaseId,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM lifecycle.requirements
        """;

    public Guid ProductId { get; init; }

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public string Source { get; init; } = "";

    public string Priority { get; init; } = "";

    public string Status { get; init; } = "";

    public string FeedbackIds { get; init; } = "[]";

    public string? TargetVersion { get; init; }

    public Guid? DeliveredInReleaseId { get; init; }

    public Requirement ToDomain() => Requirement.Restore(State, ProductId,
        new RequirementFields(Title, Description, EnumText.Parse<RequirementSource>(Source), EnumText.Parse<RequirementPriority>(Priority),
            JsonSerializer.Deserialize<Guid[]>(FeedbackIds)!, TargetVersion),
        EnumText.Parse<RequirementStatus>(Status), DeliveredInReleaseId);

    public RequirementDto ToDto() => ToDto(ToDomain());

    public static RequirementDto ToDto(Requirement requirement) => new()
    {
        Id = requirement.Id,
        ProductId = requirement.ProductId,
        Title = requirement.Fields.Title,
        Description = requirement.Fields.Description,
        Source = requirement.Fields.Source,
        Priority = requirement.Fields.Priority,
        Status = requirement.Status,
        FeedbackIds = requirement.Fields.FeedbackIds,
        TargetVersion = requirement.Fields.TargetVersion,
        DeliveredInReleaseId = requirement.DeliveredInReleaseId,
        CreatedAt = requirement.CreatedAt,
        UpdatedAt = requirement.UpdatedAt,
        Version = requirement.Version,
    };

    public static object Parameters(Requirement requirement) => new
    {
        requirement.Id,
        requirement.ProductId,
        requirement.Fields.Title,
        requirement.Fields.Description,
        Source = EnumText.ToText(requirement.Fields.Source),
        Priority = EnumText.ToText(requirement.Fields.Priority),
        Status = EnumText.ToText(requirement.Status),
        FeedbackIds = JsonSerializer.Serialize(requirement.Fields.FeedbackIds),
        requirement.Fields.TargetVersion,
        requirement.DeliveredInReleaseId,
        requirement.CreatedAt,
        requirement.UpdatedAt,
        requirement.Version,
        requirement.LoadedVersion,
    };
}
