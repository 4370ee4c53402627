namespace OpsPlan.Modules.Access.Contracts.ApiKeys;

/// <summary>An integrator's API key as admins see it: never the key itself, only its first characters.</summary>
public sealed record ApiKeyDto : IIdentifiable
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The partner a <c>partner</c> key is scoped to.</summary>
    public Guid? PartnerId { get; init; }

    /// <summary>The key's first characters, to tell keys apart.</summary>
    public required string Prefix { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? RevokedAt { get; init; }
}

/// <summary>A new key: <see cref="Key"/> is shown this once and stored only as a hash.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key) : IIdentifiable
{
    public Guid Id => ApiKey.Id;
}

/// <summary>Who a valid, unrevoked key speaks for.</summary>
public sealed record ApiKeyIdentity(Guid Id, string Name, IReadOnlyList<string> Roles, Guid? PartnerId);
