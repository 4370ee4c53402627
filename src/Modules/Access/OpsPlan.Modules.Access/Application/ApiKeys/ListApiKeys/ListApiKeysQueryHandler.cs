using Dapper;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListApiKeysQuery, Page<ApiKeyDto>>
{
    public async Task<Page<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(ApiKeyRow.SelectFromSql, request);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiKeyRow>(list.Build(connectionFactory.Dialect, cancellationToken));
        return list.ToPage(rows, row => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto());
    }
}
