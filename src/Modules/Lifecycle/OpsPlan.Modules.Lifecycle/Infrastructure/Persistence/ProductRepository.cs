using OpsPlan.Modules.Lifecycle.Application.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Infrastructure.Persistence;

/// <summary>Saves products, their stage history and retirement plans inside the command's unit of work.</summary>
internal sealed class ProductRepository(IUnitOfWork unitOfWork) : IProductRepository
{
    private const string SelectSql = ProductRow.SelectFromSql + " WHERE id = @Id";
    private const string ByIdsSqlite = ProductRow.SelectFromSql + " WHERE id IN (SELECT value FROM json_each(@Ids))";
    private const string ByIdsSqlServer = ProductRow.SelectFromSql + " WHERE id IN (SELECT CAST(value AS UNIQUEIDENTIFIER) FROM OPENJSON(@Ids))";
    private const string NameTakenSql = "SELECT COUNT(*) FROM lifecycle.products WHERE name = @Name AND (@Except IS NULL OR id <> @Except)";
    private const string ExistsSql = "SELECT COUNT(*) FROM lifecycle.products WHERE id = @Id";
    private const string HasReleaseSql = "SELECT COUNT(*) FROM lifecycle.releases WHERE product_id = @Id";

    private const string InsertSql = """
        INSERT INTO lifecycle.products (id, name, owner, description, stage, stage_changed_at, decline_detected_for, created_at, updated_at, version)
        VALUES (@Id, @Name, @Owner, @Description, @Stage, @StageChangedAt, @DeclineDetectedFor, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdateSql = """
        UPDATE lifecycle.products
        SET name = @Name, owner = @Owner, description = @Description, stage = @Stage, stage_changed_at = @StageChangedAt,
            decline_detected_for = @DeclineDetectedFor, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private const string InsertStageChangeSql = """
        INSERT INTO lifecycle.stage_history (id, product_id, from_stage, to_stage, changed_at, changed_by, reason)
        VALUES (@Id, @ProductId, @FromStage, @ToStage, @ChangedAt, @ChangedBy, @Reason)
        """;

    private const string InsertPlanSql = """
        INSERT INTO lifecycle.retirement_plans (product_id, announcement_date, end_of_sale, end_of_support, migration_target_product_id, compensation_policy,
                                                status, approved_at, approved_by, created_at, updated_at, version)
        VALUES (@ProductId, @AnnouncementDate, @EndOfSale, @EndOfSupport, @MigrationTargetProductId, @CompensationPolicy,
                @Status, @ApprovedAt, @ApprovedBy, @CreatedAt, @UpdatedAt, @Version)
        """;

    private const string UpdatePlanSql = """
        UPDATE lifecycle.retirement_plans
        SET announcement_date = @AnnouncementDate, end_of_sale = @EndOfSale, end_of_support = @EndOfSupport,
            migration_target_product_id = @MigrationTargetProductId, compensation_policy = @CompensationPolicy, status = @Status,
            approved_at = @ApprovedAt, approved_by = @ApprovedBy, updated_at = @UpdatedAt, version = @Version
        WHERE product_id = @ProductId AND version = @LoadedVersion
        """;

    public async Task<Product> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken) =>
        (await unitOfWork.LoadAsync<ProductRow>(SelectSql, new { Id = id }, "Product", id, expectedVersion, cancellationToken)).ToDomain();

    public async Task<IReadOnlyDictionary<Guid, Product>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, Product>()
            : (await unitOfWork.QueryAsync<ProductRow>(unitOfWork.Dialect.Pick(ByIdsSqlite, ByIdsSqlServer), new { Ids = JsonRows.Ids(ids) }, cancellationToken))
                .ToDictionary(row => row.Id, row => row.ToDomain());

    public async Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(NameTakenSql, new { Name = name, Except = except }, cancellationToken) > 0;

    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(ExistsSql, new { Id = id }, cancellationToken) > 0;

    public async Task<bool> HasReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<long>(HasReleaseSql, new { Id = id }, cancellationToken) > 0;

    public async Task AddAsync(Product product, StageChange firstStage, CancellationToken cancellationToken)
    {
        await unitOfWork.ExecuteAsync(InsertSql, ProductRow.Parameters(product), cancellationToken);
        await AddStageChangeAsync(firstStage, cancellationToken);
    }

    public Task UpdateAsync(Product product, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdateSql, ProductRow.Parameters(product), cancellationToken);

    public Task AddStageChangeAsync(StageChange change, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertStageChangeSql, new
        {
            change.Id,
            change.ProductId,
            FromStage = EnumText.ToText(change.From),
            ToStage = EnumText.ToText(change.To),
            change.ChangedAt,
            change.ChangedBy,
            change.Reason,
        }, cancellationToken);

    public async Task<RetirementPlan?> FindPlanAsync(Guid productId, CancellationToken cancellationToken) =>
        (await unitOfWork.QuerySingleOrDefaultAsync<RetirementPlanRow>(RetirementPlanRules.PlanSql, new { ProductId = productId }, cancellationToken))?.ToDomain();

    public Task AddPlanAsync(RetirementPlan plan, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(InsertPlanSql, RetirementPlanRow.Parameters(plan), cancellationToken);

    public Task UpdatePlanAsync(RetirementPlan plan, CancellationToken cancellationToken) =>
        unitOfWork.UpdateVersionedAsync(UpdatePlanSql, RetirementPlanRow.Parameters(plan), cancellationToken);
}
