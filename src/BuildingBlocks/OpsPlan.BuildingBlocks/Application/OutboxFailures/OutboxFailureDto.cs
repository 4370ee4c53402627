using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures;

/// <summary>An integration event its consumer kept refusing: parked, with the last error, until an admin retries it.</summary>
public sealed record OutboxFailureDto : IIdentifiable
{
    public required Guid Id { get; init; }

    /// <summary>The module that published the event.</summary>
    public required string Module { get; init; }

    /// <summary>The event's stable name, such as <c>finance.budget-threshold-crossed</c>.</summary>
    public required string Type { get; init; }

    public required DateTime OccurredAt { get; init; }

    public required int Attempts { get; init; }

    public string? LastError { get; init; }

    /// <summary>When it was parked; null once an admin has sent it back to the relay.</summary>
    public DateTime? ParkedAt { get; init; }
}
