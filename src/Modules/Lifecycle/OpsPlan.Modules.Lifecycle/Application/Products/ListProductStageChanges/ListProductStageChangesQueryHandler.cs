using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.ListProductStageChanges;

/// <summary>A product's stage history, newest first (404 for an unknown product).</summary>
internal sealed class ListProductStageChangesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListProductStageChangesQuery, Page<ProductStageChangeDto>>
{
    private const string SelectFromSql = """
        SELECT id AS Id, from_stage AS FromStatus, to_stage AS ToStatus, changed_at AS ChangedAt, changed_by AS ChangedBy, reason AS Reason
        FROM lifecycle.stage_history
        """;

    private const string ProductExistsSql = "SELECT COUNT(*) FROM lifecycle.products WHERE id = @OwnerId";

    private static readonly StatusHistory History = new(SelectFromSql, "product_id", ProductExistsSql, "Product");

    public Task<Page<ProductStageChangeDto>> Handle(ListProductStageChangesQuery request, CancellationToken cancellationToken) =>
        History.ReadAsync(connectionFactory, request.ProductId, request, (StatusChangeRow<ProductStage> row) => new ProductStageChangeDto
        {
            Id = row.Id, From = row.From, To = row.To, ChangedAt = row.ChangedAt, ChangedBy = row.ChangedBy, Reason = row.Reason,
        }, cancellationToken);
}
