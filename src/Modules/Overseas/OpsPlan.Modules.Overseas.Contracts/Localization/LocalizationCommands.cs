namespace OpsPlan.Modules.Overseas.Contracts.Localization;

/// <summary>A piece of localization work: its area, owner, due date (not before the day it is recorded) and weight (1-100) in the market's readiness.</summary>
public sealed record LocalizationTaskRequest(LocalizationArea? Area, string Title, string Owner, DateOnly? DueDate, int? Weight)
    : IBodyOf<CreateLocalizationTaskCommand>, IBodyOf<UpdateLocalizationTaskCommand>;

public sealed record CreateLocalizationTaskCommand(Guid MarketId, LocalizationTaskRequest Fields) : ICommand<LocalizationTaskDto>;

public sealed record UpdateLocalizationTaskCommand(Guid MarketId, Guid Id, ExpectedVersion? ExpectedVersion, LocalizationTaskRequest Fields) : ICommand<LocalizationTaskDto>;

public sealed record LocalizationTaskTransitionRequest(LocalizationTaskStatus? Status, string? Note) : IBodyOf<TransitionLocalizationTaskCommand>;

/// <summary>
/// todo → in-progress | blocked; in-progress → done | blocked; blocked → in-progress; done → in-progress (reopened).
/// Otherwise 409 <c>overseas.invalid-transition</c>. The note (why it is blocked, say) is kept until the next move.
/// </summary>
public sealed record TransitionLocalizationTaskCommand(Guid MarketId, Guid Id, ExpectedVersion? ExpectedVersion, LocalizationTaskStatus? Status, string? Note)
    : ICommand<LocalizationTaskDto>;
