namespace OpsPlan.Modules.Lifecycle.Contracts.Releases;

public sealed record ReleaseDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required Guid ProductId { get; init; }

    public required string Version { get; init; }

    public required DateOnly ReleasedOn { get; init; }

    public required ReleaseType Type { get; init; }

    public string? Notes { get; init; }

    public required IReadOnlyList<Guid> RequirementIds { get; init; }

    public required IReadOnlyList<Guid> FeedbackIds { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
}
