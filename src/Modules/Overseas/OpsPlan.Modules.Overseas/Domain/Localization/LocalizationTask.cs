using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Domain.Localization;

/// <summary>
/// A piece of work that adapts the product to a market (seed ch.23: language, prices, payments, law, content, support,
/// tax). Its weight is its share of the market's readiness once done; its due date never lies before the day it was
/// recorded.
/// </summary>
internal sealed class LocalizationTask : AggregateRoot
{
    public static readonly Workflow<LocalizationTaskStatus> Statuses = new("overseas.invalid-transition", "localization task",
        new Dictionary<LocalizationTaskStatus, LocalizationTaskStatus[]>
        {
            [LocalizationTaskStatus.Todo] = [LocalizationTaskStatus.InProgress, LocalizationTaskStatus.Blocked],
            [LocalizationTaskStatus.InProgress] = [LocalizationTaskStatus.Done, LocalizationTaskStatus.Blocked],
            [LocalizationTaskStatus.Blocked] = [LocalizationTaskStatus.InProgress],
            [LocalizationTaskStatus.Done] = [LocalizationTaskStatus.InProgress],
        });

    private LocalizationTask(AggregateState state, Guid marketId, LocalizationWork work, LocalizationTaskStatus status, string? statusNote)
        : base(state)
    {
        MarketId = marketId;
        Work = work;
        Status = status;
        StatusNote = statusNote;
    }

    public Guid MarketId { get; }

    public LocalizationWork Work { get; private set; }

    public LocalizationTaskStatus Status { get; private set; }

    /// <summary>What the latest move said, such as why the task is blocked.</summary>
    public string? StatusNote { get; private set; }

    public DateOnly CreatedOn => DateOnly.FromDateTime(CreatedAt);

    public static LocalizationTask Plan(Guid marketId, LocalizationWork work, DateTime now) => new(AggregateState.New(now), marketId, work, LocalizationTaskStatus.Todo, null);

    public static LocalizationTask Restore(AggregateState state, Guid marketId, LocalizationWork work, LocalizationTaskStatus status, string? statusNote) =>
        new(state, marketId, work, status, statusNote);

    public static bool IsOverdue(DateOnly dueDate, LocalizationTaskStatus status, DateOnly today) => status != LocalizationTaskStatus.Done && dueDate < today;

    public void Describe(LocalizationWork work, DateTime now)
    {
        Work = work;
        Touch(now);
    }

    public void MoveTo(LocalizationTaskStatus target, string? note, DateTime now)
    {
        Statuses.EnsureCanMove(Status, target);
        Status = target;
        StatusNote = note;
        Touch(now);
    }
}

internal sealed record LocalizationWork(LocalizationArea Area, string Title, string Owner, DateOnly DueDate, int Weight);
