using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance.ListComplianceItems;

/// <summary>A market's compliance items by severity or status (404 for an unknown market).</summary>
internal sealed class ListComplianceItemsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListComplianceItemsQuery, Page<ComplianceItemDto>>
{
    public async Task<Page<ComplianceItemDto>> Handle(ListComplianceItemsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(OverseasSql.MarketExistsSql, new { request.MarketId }, "Market", request.MarketId, cancellationToken);
        var list = new KeysetListSql(ComplianceItemRow.SelectFromSql, request)
            .WhereIfPresent(request.MarketId, "market_id = @MarketId", "MarketId")
            .WhereAnyOf(request.Severity, "severity", "Severity")
            .WhereAnyOf(request.Status, "status", "Status");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (ComplianceItemRow row) => row.ToDto(), cancellationToken);
    }
}
