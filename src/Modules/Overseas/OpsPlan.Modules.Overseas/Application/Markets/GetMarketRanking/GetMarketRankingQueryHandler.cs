using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Markets;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.GetMarketRanking;

/// <summary>
/// Ranks the markets not exited by their latest scores, kept on each market row (one read, however many assessment
/// versions there are), and measures how concentrated revenue is across the live ones from Finance's inflows.
/// </summary>
internal sealed class GetMarketRankingQueryHandler(IDbConnectionFactory connectionFactory, IDispatcher dispatcher, IClock clock)
    : IQueryHandler<GetMarketRankingQuery, MarketRankingDto>
{
    private const string MarketsSql = MarketRow.SelectFromSql + " WHERE stage <> 'exited'";

    public async Task<MarketRankingDto> Handle(GetMarketRankingQuery request, CancellationToken cancellationToken)
    {
        IReadOnlyList<MarketRow> rows;
        await using (var connection = await connectionFactory.OpenAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<MarketRow>(new CommandDefinition(MarketsSql, cancellationToken: cancellationToken))).ToList();
        }

        var markets = rows.Select(row => row.ToDomain()).ToList();
        var basis = request.By ?? RankingBasis.Combined;
        var to = request.To ?? clock.Today;
        var from = request.From ?? to.AddMonths(-12).AddDays(1);
        var live = markets.Where(market => Market.IsLive(market.Stage)).Select(market => market.Profile.Country).ToHashSet(StringComparer.Ordinal);
        var (concentration, unavailable) = await ConcentrationAsync(live, from, to, cancellationToken);
        return new MarketRankingDto
        {
            By = basis,
            Markets = Rank(markets.Where(market => market.Scores is not null).ToList(), basis),
            Unassessed = markets.Where(market => market.Scores is null).Select(market => market.Id).ToList(),
            Concentration = concentration,
            ConcentrationUnavailable = unavailable,
        };
    }

    /// <summary>Competition ranking: equal scores share a rank and the next rank skips (1, 2, 2, 4); the country breaks ties in the order shown.</summary>
    private static List<RankedMarketDto> Rank(List<Market> assessed, RankingBasis basis)
    {
        decimal Key(Market market) => basis switch
        {
            RankingBasis.Attractiveness => market.Scores!.Attractiveness,
            RankingBasis.Risk => -market.Scores!.Risk,
            _ => market.Scores!.Combined,
        };

        var ranked = new List<RankedMarketDto>(assessed.Count);
        var rank = 0;
        decimal? previous = null;
        foreach (var market in assessed.OrderByDescending(Key).ThenBy(market => market.Profile.Country, StringComparer.Ordinal))
        {
            var key = Key(market);
            rank = key == previous ? rank : ranked.Count + 1;
            previous = key;
            ranked.Add(new RankedMarketDto
            {
                Rank = rank, MarketId = market.Id, Country = market.Profile.Country, Stage = market.Stage, Scores = MarketRow.ScoresOf(market.Scores)!,
            });
        }

        return ranked;
    }

    private async Task<(RevenueConcentrationDto? Concentration, string? Unavailable)> ConcentrationAsync(IReadOnlySet<string> live, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        try
        {
            var inflows = await dispatcher.QueryAsync(new GetInflowsByMarketQuery(from, to), cancellationToken);
            return (RevenueConcentration.Of(inflows, live, from, to), null);
        }
        catch (BusinessRuleException refused) when (refused.Code == FinanceErrorCodes.MissingExchangeRate)
        {
            return (null, $"{refused.Message} {string.Join(' ', refused.Reasons)}".Trim());
        }
    }
}
