namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>An Idempotency-Key already used for a different request (422).</summary>
public sealed class IdempotencyKeyReusedException() : Exception("This Idempotency-Key was already used with a different request. Use a new key for a new request.")
{
    public const string Code = "idempotency.key-reused";
}
