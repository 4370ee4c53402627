using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.GetApiKey;

internal sealed class GetApiKeyQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetApiKeyQuery, ApiKeyDto>
{
    private const string Sql = ApiKeyRow.SelectFromSql + " WHERE id = @Id";

    public async Task<ApiKeyDto> Handle(GetApiKeyQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(Sql, new { request.Id }, cancellationToken: cancellationToken));
        return row?.ToDto() ?? throw new NotFoundException("API key", request.Id);
    }
}
