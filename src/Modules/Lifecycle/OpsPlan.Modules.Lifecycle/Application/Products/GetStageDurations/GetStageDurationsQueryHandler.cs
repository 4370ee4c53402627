using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.GetStageDurations;

/// <summary>Per stage, over the products that have been in it: how many, how many are in it now, their mean and median days there.</summary>
internal sealed class GetStageDurationsQueryHandler(IDbConnectionFactory connectionFactory, IClock clock) : IQueryHandler<GetStageDurationsQuery, StageDurationsDto>
{
    private const string Sql = StageTimeline.HistorySql + " ORDER BY product_id, changed_at, id";

    public async Task<StageDurationsDto> Handle(GetStageDurationsQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var history = await connection.QueryAsync<StageTimeline.Move>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
        var now = clock.UtcNow;
        var products = StageTimeline.Of(history, now).ToList();
        var byStage = products.SelectMany(product => product.Stages).GroupBy(time => time.Stage).ToDictionary(group => group.Key, group => group.ToList());
        return new StageDurationsDto
        {
            AsOf = now,
            Products = products.Count,
            Stages = Enum.GetValues<ProductStage>().Where(stage => byStage.ContainsKey(stage)).Select(stage =>
            {
                var days = byStage[stage].Select(time => time.Days).Order().ToList();
                return new StageAverageDto
                {
                    Stage = stage,
                    Products = days.Count,
                    CurrentlyIn = byStage[stage].Count(time => time.Current),
                    AverageDays = Math.Round(days.Average(), 2),
                    MedianDays = days.Count % 2 == 1 ? days[days.Count / 2] : Math.Round((days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2, 2),
                };
            }).ToList(),
        };
    }
}
