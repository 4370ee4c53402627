using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.GetApiKey;

internal sealed class GetApiKeyQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetApiKeyQuery, ApiKeyDto>
{
    private const string Sql = ApiKeyRow.SelectFromSql + " WHERE id = @Id";

    public async Task<ApiKeyDto> Handle(GetApiKeyQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ApiKeyRow>(Sql, new { request.Id }, "API key", request.Id, cancellationToken)).ToDto();
}
