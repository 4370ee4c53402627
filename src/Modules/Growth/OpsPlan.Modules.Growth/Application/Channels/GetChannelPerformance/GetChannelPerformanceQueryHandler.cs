using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.GetChannelPerformance;

/// <summary>
/// Sums each channel's days in the range. Money is converted day by day at Finance's rate for that day, asked through
/// Finance's public query: Growth never reads Finance's tables.
/// </summary>
internal sealed class GetChannelPerformanceQueryHandler(IDbConnectionFactory connectionFactory, IDispatcher dispatcher, IClock clock)
    : IQueryHandler<GetChannelPerformanceQuery, ChannelPerformanceDto>
{
    private const int DefaultDays = 30;

    private const string ChannelsSql = ChannelRow.SelectFromSql + " ORDER BY name";
    private const string DaysSql = ChannelDayRow.SelectFromSql + " WHERE day >= @From AND day <= @To";

    public async Task<ChannelPerformanceDto> Handle(GetChannelPerformanceQuery request, CancellationToken cancellationToken)
    {
        var to = request.To ?? clock.Today;
        var from = request.From ?? to.AddDays(-(DefaultDays - 1));
        List<ChannelRow> channels;
        List<ChannelDayRow> days;
        await using (var connection = await connectionFactory.OpenAsync(cancellationToken))
        {
            channels = (await connection.QueryAsync<ChannelRow>(new CommandDefinition(ChannelsSql, cancellationToken: cancellationToken))).ToList();
            days = (await connection.QueryAsync<ChannelDayRow>(new CommandDefinition(DaysSql, new { From = from, To = to }, cancellationToken: cancellationToken))).ToList();
        }

        // Spend then revenue of every day, in one request; the answer comes back in the same order.
        var amounts = days.SelectMany(day => new[]
        {
            new DatedAmount(Money.FromMinorUnits(day.SpendMinor, day.SpendCurrency), day.Day),
            new DatedAmount(Money.FromMinorUnits(day.RevenueMinor, day.RevenueCurrency), day.Day),
        }).ToList();
        var converted = await dispatcher.QueryAsync(new ConvertToReportingCurrencyQuery(amounts), cancellationToken);
        var zero = ChannelFigures.Zero(converted.Currency);
        var byChannel = new Dictionary<Guid, ChannelFigures>();
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var figures = new ChannelFigures(converted.Amounts[2 * i], day.Impressions, day.Clicks, day.Signups, day.Activations, converted.Amounts[(2 * i) + 1]);
            byChannel[day.ChannelId] = byChannel.GetValueOrDefault(day.ChannelId, zero).Add(figures);
        }

        var rows = channels.Select(channel => Row(channel, byChannel.GetValueOrDefault(channel.Id, zero))).ToList();
        var totals = byChannel.Values.Aggregate(zero, (sum, figures) => sum.Add(figures));
        return new ChannelPerformanceDto(from, to, converted.Currency, rows, totals.ToTotals());
    }

    private static ChannelPerformanceRowDto Row(ChannelRow row, ChannelFigures figures)
    {
        var channel = row.ToDomain();
        return new ChannelPerformanceRowDto(channel.Id, channel.Name, channel.Kind, channel.Status, figures.Spend, figures.Impressions, figures.Clicks,
            figures.Signups, figures.Activations, figures.Revenue, figures.Cac, figures.ClickThroughRate, figures.ConversionRate, figures.ActivationRate, figures.Roi);
    }
}
