using OpsPlan.Modules.Skeleton.Contracts.Widgets;

namespace OpsPlan.Modules.Skeleton.Application.Widgets.ListWidgets;

internal sealed class ListWidgetsQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<ListWidgetsQuery, Page<WidgetDto>>
{
    public async Task<Page<WidgetDto>> Handle(ListWidgetsQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(WidgetRow.SelectFromSql, request).WhereIfPresent(request.Name, "name = @Name", "Name");
        return await list.ReadAsync(connectionFactory, (WidgetRow row) => row.ToDto(), cancellationToken);
    }
}
