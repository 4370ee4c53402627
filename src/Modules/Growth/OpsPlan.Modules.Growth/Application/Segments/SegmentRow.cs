using System.Text.Json;
using OpsPlan.Modules.Growth.Contracts.Segments;
using OpsPlan.Modules.Growth.Domain.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments;

/// <summary>A row of <c>growth.segments</c>; the rule is stored as its JSON.</summary>
internal sealed class SegmentRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, description AS Description, rule_json AS RuleJson, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM growth.segments
        """;

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public string RuleJson { get; init; } = "";

    public Segment ToDomain() => Segment.Restore(State, Name, Description, JsonSerializer.Deserialize<SegmentRule>(RuleJson, SegmentJson.Options)!);

    public SegmentDto ToDto() => ToDto(ToDomain());

    public static SegmentDto ToDto(Segment segment) => new()
    {
        Id = segment.Id,
        Name = segment.Name,
        Description = segment.Description,
        Rule = segment.Rule,
        CreatedAt = segment.CreatedAt,
        UpdatedAt = segment.UpdatedAt,
        Version = segment.Version,
    };

    public static object Parameters(Segment segment) => new
    {
        segment.Id,
        segment.Name,
        segment.Description,
        RuleJson = JsonSerializer.Serialize(segment.Rule, SegmentJson.Options),
        segment.CreatedAt,
        segment.UpdatedAt,
        segment.Version,
        segment.LoadedVersion,
    };
}
