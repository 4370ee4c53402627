namespace OpsPlan.Modules.Skeleton.Contracts.Widgets;

/// <summary>Records a widget; names are unique (409 <c>skeleton.duplicate-name</c>).</summary>
public sealed record CreateWidgetCommand(string Name, string? Description) : ICommand<WidgetDto>;
