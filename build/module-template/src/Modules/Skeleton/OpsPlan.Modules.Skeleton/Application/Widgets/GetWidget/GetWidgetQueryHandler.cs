using OpsPlan.Modules.Skeleton.Contracts.Widgets;

namespace OpsPlan.Modules.Skeleton.Application.Widgets.GetWidget;

internal sealed class GetWidgetQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetWidgetQuery, WidgetDto>
{
    private const string Sql = WidgetRow.SelectFromSql + " WHERE id = @Id";

    public async Task<WidgetDto> Handle(GetWidgetQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<WidgetRow>(Sql, new { request.Id }, "Widget", request.Id, cancellationToken)).ToDto();
}
