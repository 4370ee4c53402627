using System.Data.Common;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Cash;

/// <summary>
/// Runway: the cash in every account now, in the reporting currency, divided by the average monthly net burn of the
/// last three whole months. Positive net cash flow is "not burning": no runway figure, no alert.
/// </summary>
internal sealed class RunwayCalculator(ExchangeRateTable rates, IOptions<FinanceOptions> options)
{
    private const int TrailingMonths = 3;

    public async Task<RunwayDto> CalculateAsync(DbConnection connection, DbTransaction? transaction, DateOnly today, CancellationToken cancellationToken)
    {
        var converter = await rates.LoadAsync(connection, transaction, today, cancellationToken);
        var burnTo = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var burnFrom = new DateOnly(burnTo.Year, burnTo.Month, 1).AddMonths(1 - TrailingMonths);

        var accounts = await CashBook.AccountsAsync(connection, transaction, cancellationToken);
        var toDate = await CashBook.TotalsAsync(connection, transaction, DateOnly.MinValue, today, cancellationToken);
        var window = await CashBook.TotalsAsync(connection, transaction, burnFrom, burnTo, cancellationToken);

        var zero = Money.FromMinorUnits(0, converter.ReportingCurrency);
        var cash = zero;
        var burn = zero;
        foreach (var account in accounts)
        {
            var opening = account.OpenedOn <= today ? account.OpeningBalanceMinor : 0;
            var net = toDate.TryGetValue(account.Id, out var totals) ? totals.NetMinor : 0;
            cash = cash.Add(converter.ToReporting(Money.FromMinorUnits(opening + net, account.Currency), today));
            var spent = window.TryGetValue(account.Id, out var recent) ? -recent.NetMinor : 0;
            burn = burn.Add(converter.ToReporting(Money.FromMinorUnits(spent, account.Currency), today));
        }

        var monthlyBurn = Money.FromMinorUnits((long)decimal.Round(burn.MinorUnits / (decimal)TrailingMonths, 0, MidpointRounding.AwayFromZero), burn.Currency);
        var burning = monthlyBurn.MinorUnits > 0;
        decimal? months = burning ? decimal.Round(Math.Max(0, cash.MinorUnits) / (decimal)monthlyBurn.MinorUnits, 1, MidpointRounding.ToZero) : null;
        var alertBelow = options.Value.RunwayAlertMonths;
        return new RunwayDto(today, cash, burnFrom, burnTo, monthlyBurn, burning, months, alertBelow, months < alertBelow);
    }
}
