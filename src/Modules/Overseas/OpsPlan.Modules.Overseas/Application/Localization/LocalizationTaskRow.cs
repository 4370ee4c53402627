using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Localization;
using OpsPlan.Modules.Overseas.Domain.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization;

/// <summary>A row of <c>overseas.localization_tasks</c>.</summary>
internal sealed class LocalizationTaskRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, market_id AS MarketId, area AS Area, title AS Title, owner AS Owner, due_date AS DueDate, status AS Status, status_note AS StatusNote,
               weight AS Weight, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM overseas.localization_tasks
        """;

    public Guid MarketId { get; init; }

    public string Area { get; init; } = "";

    public string Title { get; init; } = "";

    public string Owner { get; init; } = "";

    public DateOnly DueDate { get; init; }

    public string Status { get; init; } = "";

    public string? StatusNote { get; init; }

    public int Weight { get; init; }

    public LocalizationTask ToDomain() => LocalizationTask.Restore(State, MarketId,
        new LocalizationWork(EnumText.Parse<LocalizationArea>(Area), Title, Owner, DueDate, Weight), EnumText.Parse<LocalizationTaskStatus>(Status), StatusNote);

    public static LocalizationTaskDto ToDto(LocalizationTask task, DateOnly today) => new()
    {
        Id = task.Id,
        MarketId = task.MarketId,
        Area = task.Work.Area,
        Title = task.Work.Title,
        Owner = task.Work.Owner,
        DueDate = task.Work.DueDate,
        Status = task.Status,
        StatusNote = task.StatusNote,
        Weight = task.Work.Weight,
        Overdue = LocalizationTask.IsOverdue(task.Work.DueDate, task.Status, today),
        CreatedAt = task.CreatedAt,
        UpdatedAt = task.UpdatedAt,
        Version = task.Version,
    };

    public static object Parameters(LocalizationTask task) => new
    {
        task.Id,
        task.MarketId,
        Area = EnumText.ToText(task.Work.Area),
        task.Work.Title,
        task.Work.Owner,
        task.Work.DueDate,
        Status = EnumText.ToText(task.Status),
        task.StatusNote,
        task.Work.Weight,
        task.CreatedAt,
        task.UpdatedAt,
        task.Version,
        task.LoadedVersion,
    };
}
