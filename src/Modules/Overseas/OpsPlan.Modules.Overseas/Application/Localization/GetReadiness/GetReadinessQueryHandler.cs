using Microsoft.Extensions.Options;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.GetReadiness;

/// <summary>A market's readiness overall and per area (every area listed, with or without tasks), beside the launch threshold.</summary>
internal sealed class GetReadinessQueryHandler(IDbConnectionFactory connectionFactory, IOptions<OverseasOptions> options) : IQueryHandler<GetReadinessQuery, ReadinessDto>
{
    public async Task<ReadinessDto> Handle(GetReadinessQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(OverseasSql.MarketExistsSql, new { request.MarketId }, "Market", request.MarketId, cancellationToken);
        var rows = (await connection.QueryAsync<Readiness.WeightRow>(new CommandDefinition(Readiness.OfMarketSql, request, cancellationToken: cancellationToken))).ToList();
        var byArea = rows.ToLookup(row => EnumText.Parse<LocalizationArea>(row.Area));
        return new ReadinessDto
        {
            MarketId = request.MarketId,
            ReadinessPercent = Readiness.Percent(rows),
            LaunchThresholdPercent = options.Value.LaunchReadinessPercent,
            Areas = Enum.GetValues<LocalizationArea>().Select(area => new AreaReadinessDto
            {
                Area = area,
                Tasks = (int)byArea[area].Sum(row => row.Tasks),
                Done = (int)byArea[area].Where(row => row.IsDone).Sum(row => row.Tasks),
                ReadinessPercent = Readiness.Percent(byArea[area]),
            }).ToList(),
        };
    }
}
