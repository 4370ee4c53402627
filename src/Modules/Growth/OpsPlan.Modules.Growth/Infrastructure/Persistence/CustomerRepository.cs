using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

/// <summary>Saves customers and their stage history inside the command's unit of work.</summary>
internal sealed class CustomerRepository(IUnitOfWork unitOfWork) : ICustomerRepository
{
    private const string SelectSql = CustomerRow.SelectFromSql + " WHERE id = @Id";
    private const string ByExternalIdsSqlite = CustomerRow.SelectFromSql + " WHERE external_id IN (SELECT value FROM json_each(@ExternalIds))";
    private const string ByExternalIdsSqlServer = CustomerRow.SelectFromSql + " WHERE external_id IN (SELECT value FROM OPENJSON(@ExternalIds))";
    private const string ByIdsSqlite = CustomerRow.SelectFromSql + " WHERE id IN (SELECT value FROM json_each(@Ids))";
    private const string ByIdsSqlServer = CustomerRow.SelectFromSql + " WHERE id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";
    private const string DueSql = CustomerRow.SelectFromSql + " WHERE stage_due_at IS NOT NULL AND stage_due_at <= @Now ORDER BY stage_due_at, id";

    private const string InsertSql = """
        INSERT INTO growth.customers (id, external_id, display_name, email, age_band, gender, country, region, interests, acquisition_channel,
                                      signed_up_at, signup_month, tier, custom_attributes, marketing_consent, stage, stage_changed_at, stage_due_at,
                                      last_active_at, ltv_minor, purchase_count, first_purchase_at, last_purchase_at, erased_at, erased_by,
                                      created_at, updated_at, version)
        VALUES (@Id, @ExternalId, @DisplayName, @Email, @AgeBand, @Gender, @Country, @Region, @Interests, @AcquisitionChannel,
                @SignedUpAt, @SignupMonth, @Tier, @CustomAttributes, @MarketingConsent, @Stage, @StageChangedAt, @StageDueAt,
                @LastActiveAt, @LtvMinor, @PurchaseCount, @FirstPurchaseAt, @LastPurchaseAt, @ErasedAt, @ErasedBy,
                @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE growth.customers
        SET display_name = @DisplayName, email = @Email, age_band = @AgeBand, gender = @Gender, country = @Country, region = @Region,
            interests = @Interests, acquisition_channel = @AcquisitionChannel, signed_up_at = @SignedUpAt, signup_month = @SignupMonth,
            tier = @Tier, custom_attributes = @CustomAttributes, marketing_consent = @MarketingConsent, stage = @Stage,
            stage_changed_at = @StageChangedAt, stage_due_at = @StageDueAt, last_active_at = @LastActiveAt, ltv_minor = @LtvMinor,
            purchase_count = @PurchaseCount, first_purchase_at = @FirstPurchaseAt, last_purchase_at = @LastPurchaseAt,
            erased_at = @ErasedAt, erased_by = @ErasedBy, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    // What activity and the passing of time change: the profile's columns (and their indexes) are left alone. One
    // statement for all the customers of a batch, each at the version it was read at. SQLite rewrites an index entry
    // whenever its column is assigned, even to the same value, so customers whose next check time stays are saved by a
    // statement that leaves stage_due_at (and its index) alone.
    private const string StandingSet = """
        stage = saved.stage, stage_changed_at = saved.stage_changed_at, last_active_at = saved.last_active_at, ltv_minor = saved.ltv_minor,
        purchase_count = saved.purchase_count, first_purchase_at = saved.first_purchase_at, last_purchase_at = saved.last_purchase_at,
        updated_at = saved.updated_at, version = saved.version
        """;

    private const string DueSet = ", stage_due_at = saved.stage_due_at";

    private const string SqliteSavedRows = """
        FROM (SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.stage') AS stage, json_extract(value, '$.stageChangedAt') AS stage_changed_at,
                     json_extract(value, '$.stageDueAt') AS stage_due_at, json_extract(value, '$.lastActiveAt') AS last_active_at,
                     json_extract(value, '$.ltvMinor') AS ltv_minor, json_extract(value, '$.purchaseCount') AS purchase_count,
                     json_extract(value, '$.firstPurchaseAt') AS first_purchase_at, json_extract(value, '$.lastPurchaseAt') AS last_purchase_at,
                     json_extract(value, '$.updatedAt') AS updated_at, json_extract(value, '$.version') AS version,
                     json_extract(value, '$.loadedVersion') AS loaded_version
              FROM json_each(CAST(@Rows AS TEXT))) AS saved
        WHERE customer.id = saved.id AND customer.version = saved.loaded_version
        """;

    private const string SqlServerSavedRows = """
        FROM growth.customers AS customer
        JOIN OPENJSON(@Rows) WITH (
            id UNIQUEIDENTIFIER '$.id', stage VARCHAR(20) '$.stage', stage_changed_at DATETIME2(7) '$.stageChangedAt', stage_due_at DATETIME2(7) '$.stageDueAt',
            last_active_at DATETIME2(7) '$.lastActiveAt', ltv_minor BIGINT '$.ltvMinor', purchase_count INT '$.purchaseCount',
            first_purchase_at DATETIME2(7) '$.firstPurchaseAt', last_purchase_at DATETIME2(7) '$.lastPurchaseAt', updated_at DATETIME2(7) '$.updatedAt',
            version BIGINT '$.version', loaded_version BIGINT '$.loadedVersion') AS saved
          ON customer.id = saved.id AND customer.version = saved.loaded_version
        """;

    private const string UpdateStandingSqlite = "UPDATE growth.customers AS customer SET " + StandingSet + DueSet + " " + SqliteSavedRows;
    private const string UpdateStandingKeepingDueSqlite = "UPDATE growth.customers AS customer SET " + StandingSet + " " + SqliteSavedRows;
    private const string UpdateStandingSqlServer = "UPDATE customer SET " + StandingSet + DueSet + " " + SqlServerSavedRows;
    private const string UpdateStandingKeepingDueSqlServer = "UPDATE customer SET " + StandingSet + " " + SqlServerSavedRows;

    private const string InsertStageChangesSqlite = """
        INSERT INTO growth.stage_history (id, customer_id, from_stage, to_stage, changed_at, reason)
        SELECT json_extract(value, '$.id'), json_extract(value, '$.customerId'), json_extract(value, '$.fromStage'),
               json_extract(value, '$.toStage'), json_extract(value, '$.changedAt'), json_extract(value, '$.reason')
        FROM json_each(CAST(@Rows AS TEXT))
        """;

    private const string InsertStageChangesSqlServer = """
        INSERT INTO growth.stage_history (id, customer_id, from_stage, to_stage, changed_at, reason)
        SELECT id, customer_id, from_stage, to_stage, changed_at, reason
        FROM OPENJSON(@Rows) WITH (
            id UNIQUEIDENTIFIER '$.id', customer_id UNIQUEIDENTIFIER '$.customerId', from_stage VARCHAR(20) '$.fromStage',
            to_stage VARCHAR(20) '$.toStage', changed_at DATETIME2(7) '$.changedAt', reason VARCHAR(20) '$.reason')
        """;

    public async Task<Customer> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<CustomerRow>(SelectSql, new { Id = id }, "Customer", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyDictionary<string, Customer>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        externalIds.Count == 0
            ? new Dictionary<string, Customer>()
            : (await unitOfWork.QueryAsync<CustomerRow>(unitOfWork.Dialect.Pick(ByExternalIdsSqlite, ByExternalIdsSqlServer),
                new { ExternalIds = JsonRows.Texts(externalIds) }, cancellationToken)).ToDictionary(row => row.ExternalId, row => row.ToDomain(), StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<Guid, Customer>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, Customer>()
            : (await unitOfWork.QueryAsync<CustomerRow>(unitOfWork.Dialect.Pick(ByIdsSqlite, ByIdsSqlServer),
                new { Ids = JsonRows.Ids(ids) }, cancellationToken)).ToDictionary(row => row.Id, row => row.ToDomain());

    public async Task<IReadOnlyList<Customer>> DueForReevaluationAsync(DateTime now, int limit, CancellationToken cancellationToken)
    {
        var sql = DueSql + " " + unitOfWork.Dialect.LimitClause("@Limit");
        return (await unitOfWork.QueryAsync<CustomerRow>(sql, new { Now = now, Limit = limit }, cancellationToken)).Select(row => row.ToDomain()).ToList();
    }

    public Task<string?> EmailOfAsync(Guid id, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteScalarAsync<string>("SELECT email FROM growth.customers WHERE id = @Id", new { Id = id }, cancellationToken);

    public Task AddAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertSql, customers.Select(CustomerRow.Parameters).ToList(), cancellationToken);

    public Task UpdateAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, customers.Select(CustomerRow.Parameters).ToList(), cancellationToken);

    public async Task UpdateStandingAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken)
    {
        var dialect = unitOfWork.Dialect;
        var dueMoved = customers.Where(customer => customer.StageDueMoved).ToList();
        var dueKept = customers.Where(customer => !customer.StageDueMoved).ToList();
        await unitOfWork.UpdateVersionedAsync(dialect.Pick(UpdateStandingSqlite, UpdateStandingSqlServer),
            new { Rows = JsonRows.Of(dueMoved, dialect, CustomerRow.WriteStanding) }, dueMoved.Count, cancellationToken);
        await unitOfWork.UpdateVersionedAsync(dialect.Pick(UpdateStandingKeepingDueSqlite, UpdateStandingKeepingDueSqlServer),
            new { Rows = JsonRows.Of(dueKept, dialect, CustomerRow.WriteStanding) }, dueKept.Count, cancellationToken);
    }

    // One statement however many customers a batch moved to another stage (about one in ten of a 10,000-event batch's).
    public Task AddStageChangesAsync(IReadOnlyCollection<StageChange> changes, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteRowsAsync(InsertStageChangesSqlite, InsertStageChangesSqlServer, changes, (row, change) => row
            .Id("id", change.Id)
            .Id("customerId", change.CustomerId)
            .Text("fromStage", change.From is { } from ? EnumText.ToText(from) : null)
            .Text("toStage", EnumText.ToText(change.To))
            .Time("changedAt", change.ChangedAt)
            .Text("reason", change.Reason), cancellationToken);
}
