namespace OpsPlan.BuildingBlocks.Application.Auditing.GetAuditEntries;

/// <summary>One successful command: who ran it, when, in which module, on which record.</summary>
public sealed record AuditEntryDto
{
    public required Guid Id { get; init; }

    public required DateTime OccurredAt { get; init; }

    public required string UserId { get; init; }

    public required string Module { get; init; }

    public required string Command { get; init; }

    public Guid? RecordId { get; init; }

    public required string Outcome { get; init; }

    public string? TraceId { get; init; }
}
