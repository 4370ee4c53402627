using OpsPlan.Modules.Dashboard.Contracts.Home;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Dashboard.Application.Sections.Markets;

internal sealed record GetMarketsSectionQuery : ISectionQuery<MarketsSectionDto>
{
    public IReadOnlyList<string> SourceModules => ["overseas"];
}

internal sealed class GetMarketsSectionQueryHandler(IDispatcher dispatcher, IClock clock) : IQueryHandler<GetMarketsSectionQuery, DashboardSection<MarketsSectionDto>>
{
    public async Task<DashboardSection<MarketsSectionDto>> Handle(GetMarketsSectionQuery request, CancellationToken cancellationToken)
    {
        var pipeline = await dispatcher.QueryAsync(new GetMarketPipelineQuery(), cancellationToken);
        return Section.Of(new MarketsSectionDto(pipeline.Stages.Select(stage => new MarketStageSummaryDto(stage.Stage, stage.Count,
            stage.Markets.Count == 0 ? null : Math.Round(stage.Markets.Average(market => market.ReadinessPercent), 2),
            stage.Markets.Sum(market => market.OpenCriticalGaps))).ToList()), clock.UtcNow);
    }
}
