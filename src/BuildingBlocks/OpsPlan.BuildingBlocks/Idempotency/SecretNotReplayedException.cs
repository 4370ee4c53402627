namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>
/// A repeat of an Idempotency-Key whose request succeeded with a secret shown once (a new API key): the work is not
/// done again and the secret cannot be shown again (409). <see cref="RecordId"/> names what the first request made.
/// </summary>
public sealed class SecretNotReplayedException(Guid? recordId)
    : Exception("The request with this Idempotency-Key succeeded, but its response held a secret that is shown only once. Revoke what it created and make a new one.")
{
    public const string Code = "idempotency.secret-not-replayed";

    public Guid? RecordId { get; } = recordId;
}
