using OpsPlan.Modules.Finance.Application.Transactions;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class TransactionRepository(IUnitOfWork unitOfWork) : ITransactionRepository
{
    private const string ExternalIdTakenSql = "SELECT COUNT(*) FROM finance.transactions WHERE external_id = @ExternalId";
    private const string ByExternalIdsSql = TransactionRow.SelectFromSql + " WHERE external_id IN @ExternalIds";

    private const string InsertSql = """
        INSERT INTO finance.transactions (id, external_id, occurred_on, cost_center_id, category, direction, amount_minor, currency,
                                          cash_account_id, counterparty, partner_id, market, description, created_at, updated_at, version)
        VALUES (@Id, @ExternalId, @OccurredOn, @CostCenterId, @Category, @Direction, @AmountMinor, @Currency,
                @CashAccountId, @Counterparty, @PartnerId, @Market, @Description, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE finance.transactions
        SET occurred_on = @OccurredOn, cost_center_id = @CostCenterId, category = @Category, direction = @Direction, amount_minor = @AmountMinor,
            currency = @Currency, cash_account_id = @CashAccountId, counterparty = @Counterparty, partner_id = @PartnerId, market = @Market,
            description = @Description, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string AddToMonthlyTotalSqlite = """
        INSERT INTO finance.spend_monthly_totals (cost_center_id, category, month, currency, inflow_minor, outflow_minor)
        VALUES (@CostCenterId, @Category, @Month, @Currency, @InflowMinor, @OutflowMinor)
        ON CONFLICT (cost_center_id, category, month, currency) DO UPDATE
        SET inflow_minor = inflow_minor + excluded.inflow_minor, outflow_minor = outflow_minor + excluded.outflow_minor
        WHERE abs(inflow_minor + excluded.inflow_minor) <= 9000000000000000000 AND abs(outflow_minor + excluded.outflow_minor) <= 9000000000000000000
        """;

    // HOLDLOCK makes the match-then-insert atomic under concurrent writers.
    private const string AddToMonthlyTotalSqlServer = """
        MERGE finance.spend_monthly_totals WITH (HOLDLOCK) AS target
        USING (SELECT @CostCenterId AS cost_center_id, @Category AS category, @Month AS month, @Currency AS currency,
                      @InflowMinor AS inflow_minor, @OutflowMinor AS outflow_minor) AS source
        ON target.cost_center_id = source.cost_center_id AND target.category = source.category
           AND target.month = source.month AND target.currency = source.currency
        WHEN MATCHED AND ABS(CAST(target.inflow_minor AS DECIMAL(20, 0)) + source.inflow_minor) <= 9000000000000000000
                     AND ABS(CAST(target.outflow_minor AS DECIMAL(20, 0)) + source.outflow_minor) <= 9000000000000000000
            THEN UPDATE SET inflow_minor = target.inflow_minor + source.inflow_minor, outflow_minor = target.outflow_minor + source.outflow_minor
        WHEN NOT MATCHED THEN INSERT (cost_center_id, category, month, currency, inflow_minor, outflow_minor)
            VALUES (source.cost_center_id, source.category, source.month, source.currency, source.inflow_minor, source.outflow_minor);
        """;

    public async Task<bool> ExternalIdTakenAsync(string externalId, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(ExternalIdTakenSql, new { ExternalId = externalId }, cancellationToken) > 0;

    public async Task<IReadOnlyDictionary<string, Transaction>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        if (externalIds.Count == 0)
        {
            return new Dictionary<string, Transaction>();
        }

        var rows = await unitOfWork.QueryAsync<TransactionRow>(ByExternalIdsSql, new { ExternalIds = externalIds }, cancellationToken);
        return rows.ToDictionary(row => row.ExternalId!, row => row.ToDomain(), StringComparer.Ordinal);
    }

    public Task AddAsync(IReadOnlyCollection<Transaction> transactions, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, transactions.Select(TransactionRow.Parameters).ToList(), cancellationToken);

    public async Task UpdateAsync(IReadOnlyCollection<Transaction> transactions, CancellationToken cancellationToken)
    {
        foreach (var transaction in transactions)
        {
            await unitOfWork.UpdateVersionedAsync(UpdateSql, TransactionRow.Parameters(transaction), cancellationToken);
        }
    }

    // A total that would pass 9 * 10^18 units is left as it is (the guard above): then fewer rows were written than sent.
    public async Task AddToMonthlyTotalsAsync(IReadOnlyCollection<MonthlySpendDelta> deltas, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(AddToMonthlyTotalSqlite, AddToMonthlyTotalSqlServer), deltas, cancellationToken) != deltas.Count)
        {
            throw new OverflowException("A monthly spend total would overflow.");
        }
    }
}
