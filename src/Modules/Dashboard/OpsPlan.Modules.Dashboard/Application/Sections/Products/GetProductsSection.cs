using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Products;

internal sealed record GetProductsSectionQuery : ISectionQuery<ProductsSectionDto>
{
    public const int Listed = 20;

    public IReadOnlyList<string> SourceModules => ["lifecycle"];
}

internal sealed class GetProductsSectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetProductsSectionQuery, DashboardSection<ProductsSectionDto>>
{
    public async Task<DashboardSection<ProductsSectionDto>> Handle(GetProductsSectionQuery request, CancellationToken cancellationToken)
    {
        var page = await dispatcher.QueryAsync(new ListProductsQuery(Stage: [ProductStage.Decline], Limit: GetProductsSectionQuery.Listed, Sort: "stageChangedAt"), cancellationToken);
        return Section.Of(new ProductsSectionDto(page.Items.Select(product => new DecliningProductDto(product.Id, product.Name, product.Owner, product.StageChangedAt)).ToList(),
            page.NextCursor is not null), clock.UtcNow);
    }
}
