using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.ListChannels;

internal sealed class ListChannelsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListChannelsQuery, Page<ChannelDto>>
{
    public async Task<Page<ChannelDto>> Handle(ListChannelsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(ChannelRow.SelectFromSql, request)
            .WhereAnyOf(request.Kind, "kind", "Kind")
            .WhereAnyOf(request.Status, "status", "Status");
        return await list.ReadAsync(connectionFactory, (ChannelRow row) => row.ToDto(), cancellationToken);
    }
}
