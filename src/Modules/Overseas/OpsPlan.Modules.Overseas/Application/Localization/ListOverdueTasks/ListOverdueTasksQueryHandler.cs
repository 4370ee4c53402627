using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.ListOverdueTasks;

/// <summary>Walks the due-date index up to yesterday; the cap keeps a neglected backlog from becoming one huge response.</summary>
internal sealed class ListOverdueTasksQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<ListOverdueTasksQuery, IReadOnlyList<OverdueTaskDto>>
{
    public const int Cap = 1000;

    private const string Sql = """
        SELECT t.id AS TaskId, t.market_id AS MarketId, m.country AS Country, t.area AS Area, t.title AS Title, t.owner AS Owner, t.due_date AS DueDate, t.status AS Status
        FROM overseas.localization_tasks t
        JOIN overseas.markets m ON m.id = t.market_id
        WHERE t.due_date < @Today AND t.status <> 'done' AND (@Owner IS NULL OR t.owner = @Owner)
        ORDER BY t.due_date, t.id
        """;

    public async Task<IReadOnlyList<OverdueTaskDto>> Handle(ListOverdueTasksQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OverdueRow>(new CommandDefinition(Sql + " " + connectionFactory.Dialect.LimitClause("@Cap"), new { Today = today, request.Owner, Cap },
            cancellationToken: cancellationToken));
        return rows.Select(row => new OverdueTaskDto
        {
            TaskId = row.TaskId,
            MarketId = row.MarketId,
            Country = row.Country,
            Area = EnumText.Parse<LocalizationArea>(row.Area),
            Title = row.Title,
            Owner = row.Owner,
            DueDate = row.DueDate,
            DaysOverdue = today.DayNumber - row.DueDate.DayNumber,
            Status = EnumText.Parse<LocalizationTaskStatus>(row.Status),
        }).ToList();
    }

    private sealed class OverdueRow
    {
        public Guid TaskId { get; init; }

        public Guid MarketId { get; init; }

        public string Country { get; init; } = "";

        public string Area { get; init; } = "";

        public string Title { get; init; } = "";

        public string Owner { get; init; } = "";

        public DateOnly DueDate { get; init; }

        public string Status { get; init; } = "";
    }
}
