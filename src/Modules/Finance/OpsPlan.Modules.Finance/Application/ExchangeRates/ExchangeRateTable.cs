using System.Data.Common;
using Microsoft.Extensions.Options;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates;

/// <summary>Loads the rates a report needs into a <see cref="CurrencyConverter"/>.</summary>
internal sealed class ExchangeRateTable(IOptions<FinanceOptions> options)
{
    private const string UpToSql = ExchangeRateRow.SelectFromSql + " WHERE effective_on <= @Until";

    public string ReportingCurrency => options.Value.ReportingCurrency;

    /// <summary>Every rate effective on or before <paramref name="until"/> (the table is small: a rate per currency and day at most).</summary>
    public async Task<CurrencyConverter> LoadAsync(DbConnection connection, DbTransaction? transaction, DateOnly until, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<ExchangeRateRow>(new CommandDefinition(UpToSql, new { Until = until }, transaction, cancellationToken: cancellationToken));
        return new CurrencyConverter(ReportingCurrency, rows);
    }
}
