namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>
/// The Idempotency-Key of the current request, handed by the API to the command the request sends. The command's
/// unit of work stores its result under the key, in its own transaction, and replays it when the key comes back.
/// </summary>
public sealed class IdempotencyContext
{
    private Type? _commandType;

    public IdempotencyClaim? Claim { get; private set; }

    /// <summary>The command found its earlier result under the key and returned it without running again.</summary>
    public bool Replayed { get; internal set; }

    /// <summary>The command's result holds a secret shown once: the key is remembered, its response is not.</summary>
    public bool SecretWithheld { get; internal set; }

    public void Hold(IdempotencyClaim claim) => Claim = claim;

    /// <summary>
    /// The first command type the request sends owns the key; a retry of it (after a transient fault) gets it again,
    /// any other command of the same request does not.
    /// </summary>
    internal IdempotencyClaim? ClaimFor(Type commandType)
    {
        if (Claim is null)
        {
            return null;
        }

        _commandType ??= commandType;
        return _commandType == commandType ? Claim : null;
    }
}

public sealed record IdempotencyClaim(string UserId, string Key, string RequestHash);
