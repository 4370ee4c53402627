using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.ListLocalizationTasks;

/// <summary>A market's tasks by area or status (404 for an unknown market).</summary>
internal sealed class ListLocalizationTasksQueryHandler(IDbConnectionFactory connectionFactory, IClock clock)
    : IQueryHandler<ListLocalizationTasksQuery, Page<LocalizationTaskDto>>
{
    public async Task<Page<LocalizationTaskDto>> Handle(ListLocalizationTasksQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(OverseasSql.MarketExistsSql, new { request.MarketId }, "Market", request.MarketId, cancellationToken);
        var today = clock.Today;
        var list = new KeysetListSql(LocalizationTaskRow.SelectFromSql, request)
            .WhereIfPresent(request.MarketId, "market_id = @MarketId", "MarketId")
            .WhereAnyOf(request.Area, "area", "Area")
            .WhereAnyOf(request.Status, "status", "Status");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (LocalizationTaskRow row) => LocalizationTaskRow.ToDto(row.ToDomain(), today), cancellationToken);
    }
}
