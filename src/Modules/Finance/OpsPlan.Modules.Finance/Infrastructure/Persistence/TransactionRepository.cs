using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Finance.Application.Transactions;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class TransactionRepository(IUnitOfWork unitOfWork) : ITransactionRepository
{
    private const string ExternalIdTakenSql = "SELECT COUNT(*) FROM finance.transactions WHERE external_id = @ExternalId";
    private const string ByExternalIdsSql = TransactionRow.SelectFromSql + " WHERE external_id IN @ExternalIds";

    private const string InsertSql = """
        INSERT INTO finance.transactions (id, external_id, occurred_on, cost_center_id, category, direction, amount_minor, currency,
                                          cash_account_id, counterparty, partner_id, description, created_at, updated_at, version)
        VALUES (@Id, @ExternalId, @OccurredOn, @CostCenterId, @Category, @Direction, @AmountMinor, @Currency,
                @CashAccountId, @Counterparty, @PartnerId, @Description, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE finance.transactions
        SET occurred_on = @OccurredOn, cost_center_id = @CostCenterId, category = @Category, direction = @Direction, amount_minor = @AmountMinor,
            currency = @Currency, cash_account_id = @CashAccountId, counterparty = @Counterparty, partner_id = @PartnerId,
            description = @Description, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @PreviousVersion
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
            if (await unitOfWork.ExecuteAsync(UpdateSql, TransactionRow.Parameters(transaction), cancellationToken) != 1)
            {
                throw new PreconditionFailedException();
            }
        }
    }
}
