using System.Data.Common;
using OpsPlan.Modules.Growth.Application.Points;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Points;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

internal sealed class PointsRepository(IUnitOfWork unitOfWork) : IPointsRepository
{
    private const string ByKeySql = PointsEntryRow.SelectFromSql + " WHERE customer_id = @CustomerId AND entry_key = @Key";

    private const string OpenAccountSqlite = """
        INSERT INTO growth.points_accounts (customer_id, balance, earned, redeemed, expired, updated_at) VALUES (@CustomerId, 0, 0, 0, 0, @Now)
        ON CONFLICT DO NOTHING
        """;

    // UPDLOCK, HOLDLOCK: the check and the insert are one step under concurrent writers.
    private const string OpenAccountSqlServer = """
        INSERT INTO growth.points_accounts (customer_id, balance, earned, redeemed, expired, updated_at)
        SELECT @CustomerId, 0, 0, 0, 0, @Now
        WHERE NOT EXISTS (SELECT 1 FROM growth.points_accounts WITH (UPDLOCK, HOLDLOCK) WHERE customer_id = @CustomerId)
        """;

    private const string EarnSql = """
        UPDATE growth.points_accounts SET balance = balance + @Points, earned = earned + @Points, updated_at = @Now WHERE customer_id = @CustomerId
        """;

    // The balance check is part of the update: two concurrent redemptions cannot both pass it.
    private const string TakeSql = """
        UPDATE growth.points_accounts
        SET balance = balance - @Points, redeemed = redeemed + @Redeemed, expired = expired + @Expired, updated_at = @Now
        WHERE customer_id = @CustomerId AND balance >= @Points
        """;

    private const string BalanceSql = "SELECT COALESCE(MAX(balance), 0) FROM growth.points_accounts WHERE customer_id = @CustomerId";

    private const string InsertSql = """
        INSERT INTO growth.points_entries (id, customer_id, entry_key, kind, points, source, source_id, reason, occurred_at, balance)
        VALUES (@Id, @CustomerId, @EntryKey, @Kind, @Points, @Source, @SourceId, @Reason, @OccurredAt, @Balance)
        """;

    public async Task<PointsEntry?> FindByKeyAsync(Guid customerId, string key, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<PointsEntryRow>(ByKeySql, new { CustomerId = customerId, Key = key }, cancellationToken))?.ToDomain();

    public async Task<long> EarnAsync(Guid customerId, long points, DateTime now, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(unitOfWork.Dialect.Pick(OpenAccountSqlite, OpenAccountSqlServer), new { CustomerId = customerId, Now = now }, cancellationToken);
        await unitOfWork.ExecuteAsync(EarnSql, new { CustomerId = customerId, Points = points, Now = now }, cancellationToken);
        return await BalanceAsync(customerId, cancellationToken);
    }

    public async Task<long?> TryTakeAsync(Guid customerId, PointsEntryKind kind, long points, DateTime now, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            CustomerId = customerId,
            Points = points,
            Redeemed = kind == PointsEntryKind.Redeem ? points : 0,
            Expired = kind == PointsEntryKind.Expire ? points : 0,
            Now = now,
        };
        return await unitOfWork.ExecuteAsync(TakeSql, parameters, cancellationToken) == 1 ? await BalanceAsync(customerId, cancellationToken) : null;
    }

    public async Task<long> BalanceAsync(Guid customerId, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(BalanceSql, new { CustomerId = customerId }, cancellationToken);

    public async Task AddEntryAsync(PointsEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.ExecuteAsync(InsertSql, PointsEntryRow.Parameters(entry), cancellationToken);
        }
        catch (DbException exception) when (UniqueKeyViolation.Is(exception))
        {
            // The same key raced in on another connection and committed first: this attempt rolls back, a retry returns that entry.
            throw new BusinessRuleException(PointsLedger.KeyReused, $"The key '{entry.Key}' was recorded by a request at the same time.", ["Send it again to get that entry."]);
        }
    }
}
