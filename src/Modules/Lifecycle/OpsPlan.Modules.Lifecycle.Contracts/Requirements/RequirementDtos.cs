namespace OpsPlan.Modules.Lifecycle.Contracts.Requirements;

public sealed record RequirementDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid ProductId { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required RequirementSource Source { get; init; }

    public required RequirementPriority Priority { get; init; }

    public required RequirementStatus Status { get; init; }

    public required IReadOnlyList<Guid> FeedbackIds { get; init; }

    public string? TargetVersion { get; init; }

    /// <summary>The release that delivered it, once one did.</summary>
    public Guid? DeliveredInReleaseId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
