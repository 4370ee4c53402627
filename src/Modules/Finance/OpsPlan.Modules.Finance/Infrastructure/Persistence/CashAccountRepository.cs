using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class CashAccountRepository(IUnitOfWork unitOfWork) : ICashAccountRepository
{
    private const string NameTakenSql = "SELECT COUNT(*) FROM finance.cash_accounts WHERE name = @Name";
    private const string FindSql = CashAccountRow.SelectFromSql + " WHERE id IN @Ids";

    private const string InsertSql = """
        INSERT INTO finance.cash_accounts (id, name, currency, opening_balance_minor, opened_on, created_at, updated_at, version)
        VALUES (@Id, @Name, @Currency, @OpeningBalanceMinor, @OpenedOn, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string AddToDailyTotalSqlite = """
        INSERT INTO finance.cash_daily_totals (cash_account_id, day, inflow_minor, outflow_minor)
        VALUES (@CashAccountId, @Day, @InflowMinor, @OutflowMinor)
        ON CONFLICT (cash_account_id, day) DO UPDATE
        SET inflow_minor = inflow_minor + excluded.inflow_minor, outflow_minor = outflow_minor + excluded.outflow_minor
        WHERE abs(inflow_minor + excluded.inflow_minor) <= 9000000000000000000 AND abs(outflow_minor + excluded.outflow_minor) <= 9000000000000000000
        """;

    // HOLDLOCK makes the match-then-insert atomic under concurrent writers.
    private const string AddToDailyTotalSqlServer = """
        MERGE finance.cash_daily_totals WITH (HOLDLOCK) AS target
        USING (SELECT @CashAccountId AS cash_account_id, @Day AS day, @InflowMinor AS inflow_minor, @OutflowMinor AS outflow_minor) AS source
        ON target.cash_account_id = source.cash_account_id AND target.day = source.day
        WHEN MATCHED AND ABS(CAST(target.inflow_minor AS DECIMAL(20, 0)) + source.inflow_minor) <= 9000000000000000000
                     AND ABS(CAST(target.outflow_minor AS DECIMAL(20, 0)) + source.outflow_minor) <= 9000000000000000000
            THEN UPDATE SET inflow_minor = target.inflow_minor + source.inflow_minor, outflow_minor = target.outflow_minor + source.outflow_minor
        WHEN NOT MATCHED THEN INSERT (cash_account_id, day, inflow_minor, outflow_minor)
            VALUES (source.cash_account_id, source.day, source.inflow_minor, source.outflow_minor);
        """;

    public async Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name }, cancellationToken) > 0;

    public async Task<IReadOnlyDictionary<Guid, CashAccount>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, CashAccount>();
        }

        var rows = await unitOfWork.QueryAsync<CashAccountRow>(FindSql, new { Ids = unitOfWork.Dialect.IdList(ids) }, cancellationToken);
        return rows.ToDictionary(row => row.Id, row => row.ToDomain());
    }

    public Task AddAsync(CashAccount account, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, CashAccountRow.Parameters(account), cancellationToken);

    // A total that would pass 9 * 10^18 units is left as it is (the guard above): then fewer rows were written than sent.
    public async Task AddToDailyTotalsAsync(IReadOnlyCollection<DailyCashDelta> deltas, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(AddToDailyTotalSqlite, AddToDailyTotalSqlServer), deltas, cancellationToken) != deltas.Count)
        {
            throw new OverflowException("A daily cash total would overflow.");
        }
    }
}
