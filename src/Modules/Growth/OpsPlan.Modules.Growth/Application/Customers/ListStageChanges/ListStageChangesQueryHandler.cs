using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.ListStageChanges;

/// <summary>A customer's stage history, newest first (404 for an unknown customer).</summary>
internal sealed class ListStageChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListStageChangesQuery, Page<StageChangeDto>>
{
    private const string SelectFromSql = """
        SELECT id AS Id, from_stage AS FromStatus, to_stage AS ToStatus, changed_at AS ChangedAt, reason AS Reason
        FROM growth.stage_history
        """;

    private const string CustomerExistsSql = "SELECT COUNT(*) FROM growth.customers WHERE id = @OwnerId";

    private static readonly StatusHistory History = new(SelectFromSql, "customer_id", CustomerExistsSql, "Customer");

    public Task<Page<StageChangeDto>> Handle(ListStageChangesQuery request, CancellationToken cancellationToken) =>
        History.ReadAsync(connectionFactory, request.CustomerId, request,
            (StatusChangeRow<LifecycleStage> row) => new StageChangeDto(row.Id, request.CustomerId, row.From, row.To, row.ChangedAt, row.Reason), cancellationToken);
}
