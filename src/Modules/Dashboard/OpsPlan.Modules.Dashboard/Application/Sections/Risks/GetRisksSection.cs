using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;
using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Risks;

internal sealed record GetRisksSectionQuery : ISectionQuery<RisksSectionDto>
{
    public const int TopRisks = 5;

    public IReadOnlyList<string> SourceModules => ["risk"];
}

internal sealed class GetRisksSectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetRisksSectionQuery, DashboardSection<RisksSectionDto>>
{
    private static readonly IReadOnlyList<RiskStatus> Open = Enum.GetValues<RiskStatus>().Where(status => status != RiskStatus.Closed).ToList();

    public async Task<DashboardSection<RisksSectionDto>> Handle(GetRisksSectionQuery request, CancellationToken cancellationToken)
    {
        var top = await dispatcher.QueryAsync(new ListRisksQuery(Status: Open, Limit: GetRisksSectionQuery.TopRisks, Sort: "-score"), cancellationToken);
        var incidents = await dispatcher.QueryAsync(new GetOpenIncidentCountsQuery(), cancellationToken);
        return Section.Of(new RisksSectionDto(top.Items, incidents), clock.UtcNow);
    }
}
