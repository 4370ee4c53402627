using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Growth.Contracts.Channels;
using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Growth;

internal sealed record GetGrowthSectionQuery(DateOnly From, DateOnly To) : ISectionQuery<GrowthSectionDto>
{
    // Channel performance converts spend with Finance's rates.
    public IReadOnlyList<string> SourceModules => ["growth", "finance"];
}

internal sealed class GetGrowthSectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetGrowthSectionQuery, DashboardSection<GrowthSectionDto>>
{
    public async Task<DashboardSection<GrowthSectionDto>> Handle(GetGrowthSectionQuery request, CancellationToken cancellationToken)
    {
        var overview = await dispatcher.QueryAsync(new GetGrowthOverviewQuery(request.From, request.To), cancellationToken);
        var channels = await dispatcher.QueryAsync(new GetChannelPerformanceQuery(request.From, request.To), cancellationToken);
        return Section.Of(new GrowthSectionDto(overview.NewCustomers, overview.Customers, overview.Dau, overview.Mau, overview.Stickiness, overview.Churned,
            overview.ChurnRate, channels.Totals.Spend, channels.Totals.Signups, channels.Totals.Cac), clock.UtcNow);
    }
}
