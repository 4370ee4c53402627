namespace OpsPlan.Modules.Access.Domain.ApiKeys;

internal interface IApiKeyRepository
{
    Task<ApiKey> GetAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(ApiKey apiKey, CancellationToken cancellationToken);

    Task RevokeAsync(ApiKey apiKey, CancellationToken cancellationToken);
}
