using System.Text.Json;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Releases;
using OpsPlan.Modules.Lifecycle.Domain.Releases;

namespace OpsPlan.Modules.Lifecycle.Application.Releases;

/// <summary>A row of <c>lifecycle.releases</c>; what it delivered and fixed are JSON arrays of ids.</summary>
internal sealed class ReleaseRow : IListRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, product_id AS ProductId, version AS Version, released_on AS ReleasedOn, type AS Type, notes AS Notes,
               requirement_ids AS RequirementIds, feedback_ids AS FeedbackIds, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM lifecycle.releases
        """;

    public Guid Id { get; init; }

    public Guid ProductId { get; init; }

    public string Version { get; init; } = "";

    public DateOnly ReleasedOn { get; init; }

    public string Type { get; init; } = "";

    public string? Notes { get; init; }

    public string RequirementIds { get; init; } = "[]";

    public string FeedbackIds { get; init; } = "[]";

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public ReleaseDto ToDto() => ToDto(new Release(Id, ProductId, Version, ReleasedOn, EnumText.Parse<ReleaseType>(Type), Notes,
        JsonSerializer.Deserialize<Guid[]>(RequirementIds)!, JsonSerializer.Deserialize<Guid[]>(FeedbackIds)!, CreatedAt));

    public static ReleaseDto ToDto(Release release) => new()
    {
        Id = release.Id,
        ProductId = release.ProductId,
        Version = release.Version,
        ReleasedOn = release.ReleasedOn,
        Type = release.Type,
        Notes = release.Notes,
        RequirementIds = release.RequirementIds,
        FeedbackIds = release.FeedbackIds,
        CreatedAt = release.CreatedAt,
        UpdatedAt = release.CreatedAt,
    };
}
