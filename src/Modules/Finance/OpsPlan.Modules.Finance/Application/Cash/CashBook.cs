using System.Data.Common;

namespace OpsPlan.Modules.Finance.Application.Cash;

/// <summary>Reads cash positions from the accounts and their daily totals; never from the transactions themselves.</summary>
internal static class CashBook
{
    private const string AccountsSql = CashAccountRow.SelectFromSql + " ORDER BY name";

    private const string NetBetweenSql = """
        SELECT cash_account_id AS CashAccountId, SUM(inflow_minor) AS InflowMinor, SUM(outflow_minor) AS OutflowMinor
        FROM finance.cash_daily_totals
        WHERE day >= @From AND day <= @To
        GROUP BY cash_account_id
        """;

    private const string DailySql = """
        SELECT cash_account_id AS CashAccountId, day AS Day, inflow_minor AS InflowMinor, outflow_minor AS OutflowMinor
        FROM finance.cash_daily_totals
        WHERE day >= @From AND day <= @To
        """;

    public static async Task<IReadOnlyList<CashAccountRow>> AccountsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CashAccountRow>(new CommandDefinition(AccountsSql, transaction: transaction, cancellationToken: cancellationToken))).ToList();

    /// <summary>Inflow and outflow per account over the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<IReadOnlyDictionary<Guid, CashTotals>> TotalsAsync(DbConnection connection, DbTransaction? transaction, DateOnly from, DateOnly to,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CashTotals>(new CommandDefinition(NetBetweenSql, new { From = from, To = to }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(totals => totals.CashAccountId);

    public static async Task<IReadOnlyList<CashTotals>> DailyAsync(DbConnection connection, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CashTotals>(new CommandDefinition(DailySql, new { From = from, To = to }, cancellationToken: cancellationToken))).ToList();
}

/// <summary>Money in and out of one account over some days (or one day).</summary>
internal sealed class CashTotals
{
    public Guid CashAccountId { get; init; }

    public DateOnly Day { get; init; }

    public long InflowMinor { get; init; }

    public long OutflowMinor { get; init; }

    public long NetMinor => InflowMinor - OutflowMinor;
}
