using OpsPlan.Modules.Overseas.Application.Compliance;
using OpsPlan.Modules.Overseas.Application.Localization;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Markets;

namespace OpsPlan.Modules.Overseas.Application.Markets.GetMarketPipeline;

/// <summary>
/// Three reads — the markets, their task weights grouped by market, area and status, and their open critical gaps
/// counted per market — joined in memory. Within a stage, the nearest target launch comes first.
/// </summary>
internal sealed class GetMarketPipelineQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetMarketPipelineQuery, MarketPipelineDto>
{
    private const string MarketsSql = "SELECT id AS Id, country AS Country, name AS Name, owner AS Owner, stage AS Stage, target_launch_date AS TargetLaunchDate FROM overseas.markets";

    public async Task<MarketPipelineDto> Handle(GetMarketPipelineQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var markets = await connection.QueryAsync<PipelineRow>(new CommandDefinition(MarketsSql, cancellationToken: cancellationToken));
        var weights = (await connection.QueryAsync<Readiness.WeightRow>(new CommandDefinition(Readiness.OfAllSql, cancellationToken: cancellationToken)))
            .ToLookup(row => row.MarketId);
        var gaps = (await connection.QueryAsync<OpenCriticalGaps.CountRow>(new CommandDefinition(OpenCriticalGaps.CountPerMarketSql, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.MarketId, row => (int)row.Gaps);
        var today = clock.Today;
        var byStage = markets.Select(market => (Stage: EnumText.Parse<MarketStage>(market.Stage), Market: new PipelineMarketDto
        {
            MarketId = market.Id,
            Country = market.Country,
            Name = market.Name,
            Owner = market.Owner,
            ReadinessPercent = Readiness.Percent(weights[market.Id]),
            OpenCriticalGaps = gaps.GetValueOrDefault(market.Id),
            TargetLaunchDate = market.TargetLaunchDate,
            DaysToTargetLaunch = market.TargetLaunchDate is { } target ? target.DayNumber - today.DayNumber : null,
        })).ToLookup(entry => entry.Stage, entry => entry.Market);

        return new MarketPipelineDto
        {
            AsOf = today,
            Stages = Enum.GetValues<MarketStage>().Select(stage => new PipelineStageDto
            {
                Stage = stage,
                Count = byStage[stage].Count(),
                Markets = byStage[stage].OrderBy(market => market.TargetLaunchDate ?? DateOnly.MaxValue).ThenBy(market => market.Country, StringComparer.Ordinal).ToList(),
            }).ToList(),
        };
    }

    private sealed class PipelineRow
    {
        public Guid Id { get; init; }

        public string Country { get; init; } = "";

        public string Name { get; init; } = "";

        public string Owner { get; init; } = "";

        public string Stage { get; init; } = "";

        public DateOnly? TargetLaunchDate { get; init; }
    }
}
