namespace OpsPlan.Modules.Access.Contracts.ApiKeys;

public sealed record GetApiKeyQuery(Guid Id) : IQuery<ApiKeyDto>;

public sealed record ListApiKeysQuery(int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<ApiKeyDto>>, IListQuery;

/// <summary>The identity behind a presented key, or null when it is unknown or revoked.</summary>
public sealed record AuthenticateApiKeyQuery(string Key) : IQuery<ApiKeyIdentity?>;
