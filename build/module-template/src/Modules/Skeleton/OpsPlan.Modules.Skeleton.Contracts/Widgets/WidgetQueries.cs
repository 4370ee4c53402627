namespace OpsPlan.Modules.Skeleton.Contracts.Widgets;

public sealed record GetWidgetQuery(Guid Id) : IQuery<WidgetDto>;

/// <summary>Widgets, newest first; with <c>updatedSince</c>, oldest change first for incremental sync.</summary>
public sealed record ListWidgetsQuery(string? Name = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<WidgetDto>>, IListQuery;
