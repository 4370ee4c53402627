namespace OpsPlan.BuildingBlocks.Idempotency;

/// <summary>
/// Marks a command whose result holds a secret shown once (a new API key): it is never stored for an
/// Idempotency-Key replay, so the secret exists nowhere but in the one response.
/// </summary>
public interface ISecretResult;
