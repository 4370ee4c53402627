using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Runway;

internal sealed record GetRunwaySectionQuery : ISectionQuery<RunwayDto>
{
    public IReadOnlyList<string> SourceModules => ["finance"];
}

internal sealed class GetRunwaySectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetRunwaySectionQuery, DashboardSection<RunwayDto>>
{
    public async Task<DashboardSection<RunwayDto>> Handle(GetRunwaySectionQuery request, CancellationToken cancellationToken) =>
        Section.Of(await dispatcher.QueryAsync(new GetRunwayQuery(), cancellationToken), clock.UtcNow);
}
