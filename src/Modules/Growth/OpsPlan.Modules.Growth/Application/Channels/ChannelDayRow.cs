using OpsPlan.Modules.Growth.Contracts.Channels;
using OpsPlan.Modules.Growth.Domain.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels;

/// <summary>A row of <c>growth.channel_metrics</c>.</summary>
internal sealed class ChannelDayRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, channel_id AS ChannelId, day AS Day, spend_minor AS SpendMinor, spend_currency AS SpendCurrency, impressions AS Impressions,
               clicks AS Clicks, signups AS Signups, activations AS Activations, revenue_minor AS RevenueMinor, revenue_currency AS RevenueCurrency,
               updated_at AS UpdatedAt
        FROM growth.channel_metrics
        """;

    public Guid Id { get; init; }

    public Guid ChannelId { get; init; }

    public DateOnly Day { get; init; }

    public long SpendMinor { get; init; }

    public string SpendCurrency { get; init; } = "";

    public long Impressions { get; init; }

    public long Clicks { get; init; }

    public long Signups { get; init; }

    public long Activations { get; init; }

    public long RevenueMinor { get; init; }

    public string RevenueCurrency { get; init; } = "";

    public DateTime UpdatedAt { get; init; }

    public ChannelDay ToDomain() => new(Id, ChannelId, Day, Money.FromMinorUnits(SpendMinor, SpendCurrency), Impressions, Clicks, Signups, Activations,
        Money.FromMinorUnits(RevenueMinor, RevenueCurrency));

    public ChannelMetricsDto ToDto() => new(ChannelId, Day, Money.FromMinorUnits(SpendMinor, SpendCurrency), Impressions, Clicks, Signups, Activations,
        Money.FromMinorUnits(RevenueMinor, RevenueCurrency), UpdatedAt);

    public static object Parameters(ChannelDay day, DateTime now) => new
    {
        day.Id,
        day.ChannelId,
        day.Day,
        SpendMinor = day.Spend.MinorUnits,
        SpendCurrency = day.Spend.Currency,
        day.Impressions,
        day.Clicks,
        day.Signups,
        day.Activations,
        RevenueMinor = day.Revenue.MinorUnits,
        RevenueCurrency = day.Revenue.Currency,
        UpdatedAt = now,
    };
}
