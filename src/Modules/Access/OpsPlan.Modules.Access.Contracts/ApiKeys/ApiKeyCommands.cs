using OpsPlan.BuildingBlocks.Idempotency;

namespace OpsPlan.Modules.Access.Contracts.ApiKeys;

/// <summary>
/// Issues a key carrying <paramref name="Roles"/> (normally <c>integrator</c>). A partner's own integration gets the
/// <c>partner</c> role alone with its <paramref name="PartnerId"/>: it sees that partner's data and nothing else.
/// </summary>
public sealed record CreateApiKeyCommand(string Name, IReadOnlyList<string>? Roles, Guid? PartnerId = null) : ICommand<CreatedApiKeyDto>, ISecretResult;

/// <summary>Revokes a key at once, for every API instance; the record stays for the audit trail.</summary>
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand<ApiKeyDto>;
