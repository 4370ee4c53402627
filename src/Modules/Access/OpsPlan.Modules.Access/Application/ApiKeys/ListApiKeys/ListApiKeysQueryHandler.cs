using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListApiKeysQuery, Page<ApiKeyDto>>
{
    public async Task<Page<ApiKeyDto>> Handle(ListApiKeysQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(ApiKeyRow.SelectFromSql, request);
        return await list.ReadAsync(connectionFactory, (ApiKeyRow row) => row.ToDto(), cancellationToken);
    }
}
