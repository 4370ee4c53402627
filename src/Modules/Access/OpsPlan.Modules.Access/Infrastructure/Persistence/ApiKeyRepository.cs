using OpsPlan.Modules.Access.Application.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;

namespace OpsPlan.Modules.Access.Infrastructure.Persistence;

internal sealed class ApiKeyRepository(IUnitOfWork unitOfWork) : IApiKeyRepository
{
    private const string SelectSql = ApiKeyRow.SelectFromSql + " WHERE id = @Id";

    private const string InsertSql = """
        INSERT INTO access.api_keys (id, name, roles, partner_id, prefix, hash, created_at, created_by, revoked_at, updated_at)
        VALUES (@Id, @Name, @Roles, @PartnerId, @Prefix, @Hash, @CreatedAt, @CreatedBy, NULL, @CreatedAt)
        """;

    private const string RevokeSql = "UPDATE access.api_keys SET revoked_at = @RevokedAt, updated_at = @RevokedAt WHERE id = @Id AND revoked_at IS NULL";

    public async Task<ApiKey> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<ApiKeyRow>(SelectSql, new { Id = id }, cancellationToken))?.ToDomain()
        ?? throw new NotFoundException("API key", id);

    public Task AddAsync(ApiKey apiKey, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, new
        {
            apiKey.Id,
            apiKey.Name,
            Roles = string.Join(',', apiKey.Roles),
            apiKey.PartnerId,
            apiKey.Prefix,
            apiKey.Hash,
            apiKey.CreatedAt,
            apiKey.CreatedBy,
        }, cancellationToken);

    public async Task RevokeAsync(ApiKey apiKey, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteAsync(RevokeSql, new { apiKey.Id, apiKey.RevokedAt }, cancellationToken) != 1)
        {
            throw new PreconditionFailedException();
        }
    }
}
