namespace OpsPlan.Modules.Skeleton.Domain.Widgets;

internal interface IWidgetRepository
{
    Task<bool> NameTakenAsync(string name, CancellationToken cancellationToken);

    Task AddAsync(Widget widget, CancellationToken cancellationToken);
}
