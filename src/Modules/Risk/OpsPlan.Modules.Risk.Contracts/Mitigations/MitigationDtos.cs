namespace OpsPlan.Modules.Risk.Contracts.Mitigations;

/// <summary>An action that lowers a risk: who does it, by when, and where it stands.</summary>
public sealed record MitigationDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid RiskId { get; init; }

    public required string Action { get; init; }

    public required string Owner { get; init; }

    public DateOnly? DueDate { get; init; }

    public required MitigationStatus Status { get; init; }

    /// <summary>Due before today and still planned or in progress.</summary>
    public required bool Overdue { get; init; }

    public DateTime? CompletedAt { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
