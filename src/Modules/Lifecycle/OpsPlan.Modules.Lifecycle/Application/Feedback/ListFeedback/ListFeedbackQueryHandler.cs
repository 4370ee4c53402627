using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.ListFeedback;

/// <summary>A product's feedback (404 for an unknown product), filtered by status, category, source or external id.</summary>
internal sealed class ListFeedbackQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListFeedbackQuery, Page<FeedbackDto>>
{
    public async Task<Page<FeedbackDto>> Handle(ListFeedbackQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(LifecycleSql.ProductExistsSql, new { request.ProductId }, "Product", request.ProductId, cancellationToken);
        var list = new KeysetListSql(FeedbackRow.SelectFromSql, request, sortable: FeedbackSorting.Keys)
            .WhereIfPresent(request.ProductId, "product_id = @ProductId", "ProductId")
            .WhereAnyOf(request.Status, "status", "Status")
            .WhereAnyOf(request.Category, "category", "Category")
            .WhereAnyOf(request.Source, "source", "Source")
            .WhereIfPresent(request.ExternalId, "external_id = @ExternalId", "ExternalId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (FeedbackRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), row => row.ToDto(), cancellationToken);
    }
}
