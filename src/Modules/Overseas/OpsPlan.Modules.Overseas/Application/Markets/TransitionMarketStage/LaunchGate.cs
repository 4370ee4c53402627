using System.Globalization;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Overseas.Application.Compliance;
using OpsPlan.Modules.Overseas.Application.Localization;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.TransitionMarketStage;

/// <summary>
/// What a market still lacks to launch, each as one line of the 409: readiness below the threshold, every open critical
/// compliance gap, and an exchange rate for its currency (asked of Finance; none needed in the reporting currency).
/// </summary>
internal sealed class LaunchGate(IUnitOfWork unitOfWork, IDispatcher dispatcher, IOptions<OverseasOptions> options, IClock clock)
{
    public async Task<IReadOnlyList<string>> MissingAsync(Market market, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var threshold = options.Value.LaunchReadinessPercent;
        var readiness = Readiness.Percent(await unitOfWork.QueryAsync<Readiness.WeightRow>(Readiness.OfMarketSql, new { MarketId = market.Id }, cancellationToken));
        if (readiness < threshold)
        {
            missing.Add($"Localization readiness is {Percent(readiness)}; launch needs {Percent(threshold)}.");
        }

        var gaps = await unitOfWork.QueryAsync<OpenCriticalGaps.GapRow>(OpenCriticalGaps.OfMarketSql, new { MarketId = market.Id }, cancellationToken);
        missing.AddRange(gaps.Select(gap => gap.Describe()));
        if (!await HasExchangeRateAsync(market.Profile.Currency, cancellationToken))
        {
            missing.Add($"An exchange rate for {market.Profile.Currency}: Finance has none on or before today; record one under /api/v1/finance/exchange-rates.");
        }

        return missing;
    }

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private async Task<bool> HasExchangeRateAsync(string currency, CancellationToken cancellationToken)
    {
        try
        {
            var one = new DatedAmount(Money.Of(1m, currency), clock.Today);
            await dispatcher.QueryAsync(new ConvertToReportingCurrencyQuery([one]), cancellationToken);
            return true;
        }
        catch (BusinessRuleException refused) when (refused.Code == FinanceErrorCodes.MissingExchangeRate)
        {
            return false;
        }
    }
}
