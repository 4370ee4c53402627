using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates;

/// <summary>
/// Converts between currencies through the reporting currency, with the latest rate on or before a day. A missing
/// rate is a clear 409 naming the currency and day, never a silent zero.
/// </summary>
internal sealed class CurrencyConverter
{
    public const string MissingRate = Contracts.FinanceErrorCodes.MissingExchangeRate;

    private readonly Dictionary<string, (DateOnly[] Days, ExchangeRate[] Rates)> _timelines;

    public CurrencyConverter(string reportingCurrency, IEnumerable<ExchangeRateRow> rows)
    {
        ReportingCurrency = reportingCurrency;
        _timelines = rows.GroupBy(row => row.Currency).ToDictionary(
            group => group.Key,
            group =>
            {
                var ordered = group.OrderBy(row => row.EffectiveOn).ToArray();
                return (ordered.Select(row => row.EffectiveOn).ToArray(), ordered.Select(row => new ExchangeRate(row.RateScaled)).ToArray());
            });
    }

    public string ReportingCurrency { get; }

    public Money Convert(Money amount, string currency, DateOnly on) =>
        amount.Currency == currency ? amount : ExchangeRate.Convert(amount, RateOf(amount.Currency, on), RateOf(currency, on), currency);

    public Money ToReporting(Money amount, DateOnly on) => Convert(amount, ReportingCurrency, on);

    public bool CanConvert(string from, string to, DateOnly on) => from == to || (TryRateOf(from, on, out _) && TryRateOf(to, on, out _));

    private bool TryRateOf(string currency, DateOnly on, out ExchangeRate rate)
    {
        rate = ExchangeRate.One;
        if (currency == ReportingCurrency)
        {
            return true;
        }

        if (_timelines.TryGetValue(currency, out var timeline))
        {
            var index = Array.BinarySearch(timeline.Days, on);
            index = index >= 0 ? index : ~index - 1;
            if (index >= 0)
            {
                rate = timeline.Rates[index];
                return true;
            }
        }

        return false;
    }

    private ExchangeRate RateOf(string currency, DateOnly on) => TryRateOf(currency, on, out var rate) ? rate :
        throw new BusinessRuleException(MissingRate, $"No exchange rate for {currency} on or before {on:yyyy-MM-dd}.",
            [$"Sync a rate for {currency} against {ReportingCurrency} with POST /api/v1/finance/exchange-rates/batch."]);
}
