using OpsPlan.Modules.Skeleton.Contracts.Widgets;
using OpsPlan.Modules.Skeleton.Domain.Widgets;

namespace OpsPlan.Modules.Skeleton.Application.Widgets;

/// <summary>A row of <c>skeleton.widgets</c> as Dapper reads it, and its mappings to the domain and the contract.</summary>
internal sealed class WidgetRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, description AS Description, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM skeleton.widgets
        """;

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public Widget ToDomain() => Widget.Restore(State, Name, Description);

    public WidgetDto ToDto() => ToDto(ToDomain());

    public static WidgetDto ToDto(Widget widget) => new()
    {
        Id = widget.Id,
        Name = widget.Name,
        Description = widget.Description,
        CreatedAt = widget.CreatedAt,
        UpdatedAt = widget.UpdatedAt,
        Version = widget.Version,
    };

    /// <summary>The parameters of an insert or update: every column of the widget as it is now.</summary>
    public static object Parameters(Widget widget) => new
    {
        widget.Id,
        widget.Name,
        widget.Description,
        widget.CreatedAt,
        widget.UpdatedAt,
        widget.Version,
        widget.LoadedVersion,
    };
}
