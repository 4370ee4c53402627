namespace OpsPlan.Modules.Overseas.Contracts.Localization;

public sealed record GetLocalizationTaskQuery(Guid MarketId, Guid Id) : IQuery<LocalizationTaskDto>;

/// <summary>A market's localization tasks, newest first.</summary>
public sealed record ListLocalizationTasksQuery(Guid MarketId, IReadOnlyList<LocalizationArea>? Area = null, IReadOnlyList<LocalizationTaskStatus>? Status = null,
    int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<LocalizationTaskDto>>, IListQuery;

/// <summary>A market's readiness: the done share of its tasks' weight, overall and per area.</summary>
public sealed record GetReadinessQuery(Guid MarketId) : IQuery<ReadinessDto>;

/// <summary>Tasks past their due date and not done, across markets (or one owner's), most overdue first; at most 1,000.</summary>
public sealed record ListOverdueTasksQuery(string? Owner = null) : IQuery<IReadOnlyList<OverdueTaskDto>>;
