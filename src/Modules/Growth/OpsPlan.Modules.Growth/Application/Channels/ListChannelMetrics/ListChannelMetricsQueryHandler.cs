using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.ListChannelMetrics;

internal sealed class ListChannelMetricsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<ListChannelMetricsQuery, IReadOnlyList<ChannelMetricsDto>>
{
    private const int DefaultDays = 30;
    private const string ChannelSql = ChannelRow.SelectFromSql + " WHERE id = @Id";
    private const string DaysSql = ChannelDayRow.SelectFromSql + " WHERE channel_id = @ChannelId AND day >= @From AND day <= @To ORDER BY day";

    public async Task<IReadOnlyList<ChannelMetricsDto>> Handle(ListChannelMetricsQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<ChannelRow>(ChannelSql, new { Id = request.ChannelId }, "Channel", request.ChannelId, cancellationToken);
        var to = request.To ?? clock.Today;
        var from = request.From ?? to.AddDays(-(DefaultDays - 1));
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ChannelDayRow>(new CommandDefinition(DaysSql, new { request.ChannelId, From = from, To = to }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDto()).ToList();
    }
}
