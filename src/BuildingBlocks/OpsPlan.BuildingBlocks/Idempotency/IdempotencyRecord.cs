namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>A stored Idempotency-Key: the hash of the first request and, once it finished, its response.</summary>
public sealed record IdempotencyRecord
{
    public required string RequestHash { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? CompletedAt { get; init; }

    public int? StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public string? ETag { get; init; }

    public string? Body { get; init; }
}
