namespace OpsPlan.Modules.Skeleton.Contracts.Widgets;

/// <summary>A widget as the API returns it.</summary>
public sealed record WidgetDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
