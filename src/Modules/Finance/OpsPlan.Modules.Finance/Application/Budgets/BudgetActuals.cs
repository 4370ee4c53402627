using System.Data.Common;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets;

/// <summary>
/// Net spend (outflow minus inflow) per category of a budget's cost center and period, in the budget's currency.
/// Fiscal periods are whole months, so the monthly totals answer it: a few rows per category, summed exactly in SQL
/// and converted once per currency.
/// </summary>
internal static class BudgetActuals
{
    private const string Sql = """
        SELECT category AS Category, currency AS Currency, SUM(outflow_minor) - SUM(inflow_minor) AS NetMinor
        FROM finance.spend_monthly_totals
        WHERE cost_center_id = @CostCenterId AND month >= @StartsOn AND month <= @EndsOn
        GROUP BY category, currency
        """;

    /// <summary>A report (<paramref name="strict"/>) refuses an amount it cannot convert; an alert check leaves it out, and the report says why.</summary>
    public static async Task<IReadOnlyDictionary<SpendCategory, Money>> NetSpendAsync(DbConnection connection, DbTransaction? transaction, Budget budget,
        CurrencyConverter converter, DateOnly asOf, bool strict, CancellationToken cancellationToken)
    {
        var sums = await connection.QueryAsync<SpendSum>(new CommandDefinition(Sql,
            new { budget.CostCenterId, budget.Period.StartsOn, budget.Period.EndsOn }, transaction, cancellationToken: cancellationToken));
        var actuals = new Dictionary<SpendCategory, Money>();
        foreach (var sum in sums)
        {
            if (!strict && !converter.CanConvert(sum.Currency, budget.Currency, asOf))
            {
                continue;
            }

            var category = EnumText.Parse<SpendCategory>(sum.Category);
            var converted = converter.Convert(Money.FromMinorUnits(sum.NetMinor, sum.Currency), budget.Currency, asOf);
            actuals[category] = actuals.TryGetValue(category, out var total) ? total.Add(converted) : converted;
        }

        return actuals;
    }

    public static Money Of(IReadOnlyDictionary<SpendCategory, Money> actuals, SpendCategory category, string currency) =>
        actuals.TryGetValue(category, out var actual) ? actual : Money.FromMinorUnits(0, currency);

    private sealed class SpendSum
    {
        public string Category { get; init; } = "";

        public string Currency { get; init; } = "";

        public long NetMinor { get; init; }
    }
}
