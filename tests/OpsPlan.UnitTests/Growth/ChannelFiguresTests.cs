using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Growth.Application.Channels.GetChannelPerformance;

namespace OpsPlan.UnitTests.Growth;

/// <summary>The channel formulas: CAC, click-through, conversion, activation and ROI, and null wherever a denominator is zero.</summary>
public sealed class ChannelFiguresTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Test]
    public void The_formulas_match_their_definitions_to_four_places()
    {
        var figures = new ChannelFigures(Usd(1_000m), Impressions: 30_000, Clicks: 900, Signups: 30, Activations: 7, Revenue: Usd(2_500m));

        Assert.Multiple(() =>
        {
            Assert.That(figures.Cac, Is.EqualTo(Usd(33.3333m)), "1,000 / 30");
            Assert.That(figures.ClickThroughRate, Is.EqualTo(0.03m), "900 / 30,000");
            Assert.That(figures.ConversionRate, Is.EqualTo(0.0333m), "30 / 900");
            Assert.That(figures.ActivationRate, Is.EqualTo(0.2333m), "7 / 30");
            Assert.That(figures.Roi, Is.EqualTo(1.5m), "(2,500 − 1,000) / 1,000");
        });
    }

    [Test]
    public void A_zero_denominator_gives_no_figure_rather_than_a_division_by_zero()
    {
        var free = new ChannelFigures(Usd(0m), Impressions: 0, Clicks: 0, Signups: 4, Activations: 0, Revenue: Usd(100m));
        var noSignups = new ChannelFigures(Usd(50m), Impressions: 10, Clicks: 1, Signups: 0, Activations: 0, Revenue: Usd(0m));

        Assert.Multiple(() =>
        {
            Assert.That(free.Cac, Is.Null, "no spend: no CAC");
            Assert.That(free.Roi, Is.Null);
            Assert.That(free.ClickThroughRate, Is.Null);
            Assert.That(free.ConversionRate, Is.Null);
            Assert.That(noSignups.Cac, Is.Null, "no signups: no CAC");
            Assert.That(noSignups.ActivationRate, Is.Null);
            Assert.That(noSignups.Roi, Is.EqualTo(-1m), "all spend, no revenue");
        });
    }

    [Test]
    public void Adding_days_sums_every_figure()
    {
        var day = new ChannelFigures(Usd(10m), 100, 10, 1, 1, Usd(20m));

        var total = ChannelFigures.Zero("USD").Add(day).Add(day);

        Assert.That(total, Is.EqualTo(new ChannelFigures(Usd(20m), 200, 20, 2, 2, Usd(40m))));
    }
}
