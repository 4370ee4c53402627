using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.GetChannel;

internal sealed class GetChannelQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetChannelQuery, ChannelDto>
{
    private const string Sql = ChannelRow.SelectFromSql + " WHERE id = @Id";

    public async Task<ChannelDto> Handle(GetChannelQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ChannelRow>(Sql, new { request.Id }, "Channel", request.Id, cancellationToken)).ToDto();
}
