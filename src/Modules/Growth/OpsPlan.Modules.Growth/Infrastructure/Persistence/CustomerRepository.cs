using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Modules.Growth.Infrastructure.Persistence;

/// <summary>Saves customers and their stage history inside the command's unit of work.</summary>
internal sealed class CustomerRepository(IUnitOfWork unitOfWork) : ICustomerRepository
{
    // SQL Server takes at most 2,100 parameters a statement: lookups go in chunks well below it.
    private const int LookupChunk = 1_000;

    private const string SelectSql = CustomerRow.SelectFromSql + " WHERE id = @Id";
    private const string ByExternalIdsSql = CustomerRow.SelectFromSql + " WHERE external_id IN @ExternalIds";
    private const string ByIdsSql = CustomerRow.SelectFromSql + " WHERE id IN @Ids";
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

    // What activity and the passing of time change: the profile's columns (and their indexes) are left alone.
    private const string UpdateStandingSql = """
        UPDATE growth.customers
        SET stage = @Stage, stage_changed_at = @StageChangedAt, stage_due_at = @StageDueAt, last_active_at = @LastActiveAt, ltv_minor = @LtvMinor,
            purchase_count = @PurchaseCount, first_purchase_at = @FirstPurchaseAt, last_purchase_at = @LastPurchaseAt, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string InsertStageChangeSql = """
        INSERT INTO growth.stage_history (id, customer_id, from_stage, to_stage, changed_at, reason)
        VALUES (@Id, @CustomerId, @FromStage, @ToStage, @ChangedAt, @Reason)
        """;

    public async Task<Customer> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<CustomerRow>(SelectSql, new { Id = id }, "Customer", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyDictionary<string, Customer>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var chunk in externalIds.Chunk(LookupChunk))
        {
            foreach (var row in await unitOfWork.QueryAsync<CustomerRow>(ByExternalIdsSql, new { ExternalIds = chunk }, cancellationToken))
            {
                found[row.ExternalId] = row.ToDomain();
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<Guid, Customer>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, Customer>();
        foreach (var chunk in ids.Chunk(LookupChunk))
        {
            foreach (var row in await unitOfWork.QueryAsync<CustomerRow>(ByIdsSql, new { Ids = unitOfWork.Dialect.IdList(chunk) }, cancellationToken))
            {
                found[row.Id] = row.ToDomain();
            }
        }

        return found;
    }

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

    public Task UpdateStandingAsync(IReadOnlyCollection<Customer> customers, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateStandingSql, customers.Select(CustomerRow.StandingParameters).ToList(), cancellationToken);

    public Task AddStageChangesAsync(IReadOnlyCollection<StageChange> changes, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertStageChangeSql, changes.Select(change => new
        {
            change.Id,
            change.CustomerId,
            FromStage = change.From is { } from ? EnumText.ToText(from) : null,
            ToStage = EnumText.ToText(change.To),
            change.ChangedAt,
            change.Reason,
        }).ToList(), cancellationToken);
}
