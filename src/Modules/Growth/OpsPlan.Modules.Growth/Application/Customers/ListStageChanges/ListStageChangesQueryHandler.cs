using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.ListStageChanges;

/// <summary>A customer's stage history, newest first (404 for an unknown customer).</summary>
internal sealed class ListStageChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListStageChangesQuery, Page<StageChangeDto>>
{
    private const string CustomerExistsSql = "SELECT COUNT(*) FROM growth.customers WHERE id = @Id";

    private const string SelectFromSql = """
        SELECT id AS Id, customer_id AS CustomerId, from_stage AS FromStage, to_stage AS ToStage, changed_at AS ChangedAt, reason AS Reason
        FROM growth.stage_history
        """;

    public async Task<Page<StageChangeDto>> Handle(ListStageChangesQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(CustomerExistsSql, new { Id = request.CustomerId }, "Customer", request.CustomerId, cancellationToken);

        // Changes are never edited, so the time of the change is both keys.
        var list = new KeysetListSql(SelectFromSql, request, "changed_at", "changed_at")
            .WhereIfPresent(request.CustomerId, "customer_id = @CustomerId", "CustomerId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (StageChangeRow row) => (row.ChangedAt, row.ChangedAt, row.Id),
            row => row.ToDto(), cancellationToken);
    }

    private sealed class StageChangeRow
    {
        public Guid Id { get; init; }

        public Guid CustomerId { get; init; }

        public string? FromStage { get; init; }

        public string ToStage { get; init; } = "";

        public DateTime ChangedAt { get; init; }

        public string Reason { get; init; } = "";

        public StageChangeDto ToDto() => new(Id, CustomerId, FromStage is null ? null : EnumText.Parse<LifecycleStage>(FromStage),
            EnumText.Parse<LifecycleStage>(ToStage), ChangedAt, Reason);
    }
}
