using OpsPlan.Modules.Growth.Contracts.Channels;

namespace OpsPlan.Modules.Growth.Application.Channels.GetChannelPerformance;

/// <summary>Summed figures in the reporting currency, and the formulas over them; a zero denominator gives null.</summary>
internal sealed record ChannelFigures(Money Spend, long Impressions, long Clicks, long Signups, long Activations, Money Revenue)
{
    private const int Decimals = 4;

    public static ChannelFigures Zero(string currency) => new(Money.FromMinorUnits(0, currency), 0, 0, 0, 0, Money.FromMinorUnits(0, currency));

    public ChannelFigures Add(ChannelFigures other) => new(Spend.Add(other.Spend), checked(Impressions + other.Impressions), checked(Clicks + other.Clicks),
        checked(Signups + other.Signups), checked(Activations + other.Activations), Revenue.Add(other.Revenue));

    /// <summary>Spend per signup; none without signups or without spend.</summary>
    public Money? Cac => Signups == 0 || Spend.MinorUnits == 0 ? null : Money.Of(decimal.Round(Spend.Amount / Signups, Decimals), Spend.Currency);

    public decimal? ClickThroughRate => Ratio(Clicks, Impressions);

    public decimal? ConversionRate => Ratio(Signups, Clicks);

    public decimal? ActivationRate => Ratio(Activations, Signups);

    public decimal? Roi => Spend.MinorUnits == 0 ? null : decimal.Round((decimal)(Revenue.MinorUnits - Spend.MinorUnits) / Spend.MinorUnits, Decimals);

    public ChannelPerformanceTotalsDto ToTotals() =>
        new(Spend, Impressions, Clicks, Signups, Activations, Revenue, Cac, ClickThroughRate, ConversionRate, ActivationRate, Roi);

    private static decimal? Ratio(long part, long whole) => whole == 0 ? null : decimal.Round((decimal)part / whole, Decimals);
}
