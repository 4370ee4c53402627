using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetCashFlow;

/// <summary>
/// Built from the daily totals per account (a row per account and day with movement), so its cost follows the
/// length of the range, not the number of transactions.
/// </summary>
internal sealed class GetCashFlowQueryHandler(IDbConnectionFactory connectionFactory, ExchangeRateTable rates) : IQueryHandler<GetCashFlowQuery, CashFlowDto>
{
    public async Task<CashFlowDto> Handle(GetCashFlowQuery request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.From!.Value, request.To!.Value);
        var granularity = request.Granularity ?? CashFlowGranularity.Month;
        var buckets = CashFlowBuckets.Cut(from, to, granularity);
        var dayBefore = from.AddDays(-1);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var converter = await rates.LoadAsync(connection, null, to, cancellationToken);
        var accounts = await CashBook.AccountsAsync(connection, null, cancellationToken);
        var before = await CashBook.TotalsAsync(connection, null, DateOnly.MinValue, dayBefore, cancellationToken);
        var daily = (await CashBook.DailyAsync(connection, from, to, cancellationToken)).ToLookup(totals => totals.CashAccountId);

        var flows = accounts.Select(account =>
        {
            var netBefore = before.TryGetValue(account.Id, out var earlier) ? earlier.NetMinor : 0;
            return new CashAccountFlowDto(account.Id, account.Name, account.Currency, BalanceAt(account, dayBefore, netBefore),
                AccountBuckets(account, netBefore, daily[account.Id], buckets));
        }).ToList();

        var total = new CashFlowTotalDto(
            Sum(flows.Select(flow => converter.ToReporting(flow.OpeningBalance, dayBefore)), converter.ReportingCurrency),
            buckets.Select((bucket, index) => TotalBucket(bucket, flows.Select(flow => flow.Buckets[index]).ToList(), converter)).ToList());
        return new CashFlowDto(from, to, granularity, converter.ReportingCurrency, flows, total);
    }

    private static List<CashFlowBucketDto> AccountBuckets(CashAccountRow account, long netBefore, IEnumerable<CashTotals> days, IReadOnlyList<(DateOnly Start, DateOnly End)> buckets)
    {
        var byDay = days.OrderBy(day => day.Day).ToList();
        var result = new List<CashFlowBucketDto>(buckets.Count);
        var net = netBefore;
        var next = 0;
        foreach (var (start, end) in buckets)
        {
            long inflow = 0, outflow = 0;
            for (; next < byDay.Count && byDay[next].Day <= end; next++)
            {
                inflow += byDay[next].InflowMinor;
                outflow += byDay[next].OutflowMinor;
            }

            net += inflow - outflow;
            result.Add(new CashFlowBucketDto(start, end, Amount(inflow, account), Amount(outflow, account), Amount(inflow - outflow, account),
                BalanceAt(account, end, net)));
        }

        return result;
    }

    private static CashFlowBucketDto TotalBucket((DateOnly Start, DateOnly End) bucket, IReadOnlyList<CashFlowBucketDto> accounts, CurrencyConverter converter)
    {
        Money Total(Func<CashFlowBucketDto, Money> figure) =>
            Sum(accounts.Select(account => converter.ToReporting(figure(account), bucket.End)), converter.ReportingCurrency);

        return new CashFlowBucketDto(bucket.Start, bucket.End, Total(b => b.Inflow), Total(b => b.Outflow), Total(b => b.Net), Total(b => b.Balance));
    }

    /// <summary>The balance at the end of <paramref name="day"/>: the opening balance once the account is open, plus the net movement so far.</summary>
    private static Money BalanceAt(CashAccountRow account, DateOnly day, long netSoFar) =>
        Amount((account.OpenedOn <= day ? account.OpeningBalanceMinor : 0) + netSoFar, account);

    private static Money Amount(long minorUnits, CashAccountRow account) => Money.FromMinorUnits(minorUnits, account.Currency);

    private static Money Sum(IEnumerable<Money> amounts, string currency) =>
        amounts.Aggregate(Money.FromMinorUnits(0, currency), (sum, amount) => sum.Add(amount));
}
