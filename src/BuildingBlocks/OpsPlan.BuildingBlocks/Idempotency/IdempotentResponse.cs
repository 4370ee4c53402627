namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>What is replayed for a repeated Idempotency-Key; no body when it held a secret shown once.</summary>
public sealed record IdempotentResponse(int StatusCode, string? ContentType, string? Location, string? ETag, string? Body);
