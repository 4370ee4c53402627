using OpsPlan.Modules.Access.Contracts.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.AuthenticateApiKey;

/// <summary>
/// Looked up on every request, never cached: a revoked key fails at once on every API instance. The lookup is one
/// indexed read by hash.
/// </summary>
internal sealed class AuthenticateApiKeyQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<AuthenticateApiKeyQuery, ApiKeyIdentity?>
{
    private const string Sql = ApiKeyRow.SelectFromSql + " WHERE hash = @Hash AND revoked_at IS NULL";

    public async Task<ApiKeyIdentity?> Handle(AuthenticateApiKeyQuery request, CancellationToken cancellationToken)
    {
        if (request.Key.Length is 0 or > 200)
        {
            return null;
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(Sql, new { Hash = ApiKey.HashOf(request.Key) }, cancellationToken: cancellationToken));
        return row is null ? null : new ApiKeyIdentity(row.Id, row.Name, row.RoleList, row.PartnerId);
    }
}
