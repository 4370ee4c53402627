namespace OpsPlan.Modules.Partners.Contracts.DueDiligence;

public sealed record DueDiligenceItemDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid PartnerId { get; init; }

    public required DueDiligenceArea Area { get; init; }

    public required string Title { get; init; }

    public required bool Required { get; init; }

    public required DueDiligenceStatus Status { get; init; }

    public string? Evidence { get; init; }

    public string? Reviewer { get; init; }

    public DateTime? ReviewedAt { get; init; }

    public string? ReviewNote { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
