namespace OpsPlan.Modules.Overseas.Contracts.Compliance;

public sealed record ComplianceItemDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required Guid MarketId { get; init; }

    public required string Regulation { get; init; }

    public required string Requirement { get; init; }

    public required ComplianceSeverity Severity { get; init; }

    public required ComplianceStatus Status { get; init; }

    /// <summary>Gap or in progress: not yet closed.</summary>
    public required bool Open { get; init; }

    public DateOnly? DueDate { get; init; }

    public string? Evidence { get; init; }

    /// <summary>Why it does not apply, when not-applicable.</summary>
    public string? Reason { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}
