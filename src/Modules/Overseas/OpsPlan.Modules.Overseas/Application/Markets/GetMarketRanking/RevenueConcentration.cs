using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.GetMarketRanking;

/// <summary>
/// How much each live market brings of the live markets' inflows, and the Herfindahl index HHI = Σ shareᵢ² (shares in
/// percent, so 0-10,000; computed from unrounded shares). Below 1,500 revenue is spread (low), below 2,500 moderately
/// concentrated, from 2,500 highly — the thresholds competition authorities use for markets.
/// </summary>
internal static class RevenueConcentration
{
    public static RevenueConcentrationDto Of(MarketInflowsDto inflows, IReadOnlySet<string> live, DateOnly from, DateOnly to)
    {
        var earning = inflows.Markets.Where(market => live.Contains(market.Market) && market.Inflow.Amount > 0).ToList();
        var total = earning.Aggregate(Money.Of(0m, inflows.ReportingCurrency), (sum, market) => sum.Add(market.Inflow));
        var shares = earning.Select(market => (market.Market, market.Inflow, Share: total.Amount == 0 ? 0 : market.Inflow.Amount * 100 / total.Amount)).ToList();
        var index = Math.Round(shares.Sum(market => market.Share * market.Share), 2, MidpointRounding.AwayFromZero);
        return new RevenueConcentrationDto
        {
            From = from,
            To = to,
            Currency = inflows.ReportingCurrency,
            Total = total,
            Markets = shares.OrderByDescending(market => market.Share).ThenBy(market => market.Market, StringComparer.Ordinal).Select(market => new MarketShareDto
            {
                Country = market.Market,
                Inflow = market.Inflow,
                SharePercent = Math.Round(market.Share, 2, MidpointRounding.AwayFromZero),
            }).ToList(),
            HerfindahlIndex = index,
            Level = LevelOf(shares.Count, index),
        };
    }

    public static ConcentrationLevel LevelOf(int earningMarkets, decimal index) => (earningMarkets, index) switch
    {
        (0, _) => ConcentrationLevel.None,
        (_, < 1500) => ConcentrationLevel.Low,
        (_, < 2500) => ConcentrationLevel.Moderate,
        _ => ConcentrationLevel.High,
    };
}
