using OpsPlan.Modules.Growth.Application.Customers;
using OpsPlan.Modules.Growth.Contracts.Points;

namespace OpsPlan.Modules.Growth.Application.Points.ListPointsEntries;

internal sealed class ListPointsEntriesQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListPointsEntriesQuery, Page<PointsEntryDto>>
{
    private const string CustomerSql = CustomerRow.SelectFromSql + " WHERE id = @Id";

    public async Task<Page<PointsEntryDto>> Handle(ListPointsEntriesQuery request, CancellationToken cancellationToken)
    {
        await connectionFactory.SingleOrNotFoundAsync<CustomerRow>(CustomerSql, new { Id = request.CustomerId }, "Customer", request.CustomerId, cancellationToken);
        var list = new KeysetListSql(PointsEntryRow.SelectFromSql, request, "occurred_at", "occurred_at")
            .Where("customer_id = @CustomerId").WithParameter("CustomerId", request.CustomerId)
            .WhereIfPresent(EnumText.ToText(request.Kind), "kind = @Kind", "Kind");
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await list.ReadAsync(connection, connectionFactory.Dialect, (PointsEntryRow row) => (row.OccurredAt, row.OccurredAt, row.Id),
            row => PointsEntryRow.ToDto(row.ToDomain()), cancellationToken);
    }
}
