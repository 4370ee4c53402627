using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Domain.Assessments;
using OpsPlan.Modules.Overseas.Domain.Compliance;
using OpsPlan.Modules.Overseas.Domain.Localization;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Seeder;

/// <summary>
/// Overseas at load-test size: a market for every country (249, the most one-market-per-country allows), each with
/// twenty assessment versions, a dozen localization tasks and a few compliance items; the countries Finance's seeded
/// inflows name are live (launch or scale), the rest spread over the other stages. Gates are not checked: the seed
/// writes the history the app would have kept.
/// </summary>
internal sealed class OverseasSeeder(IServiceProvider provider)
{
    /// <summary>The live markets, whose revenue the ranking's concentration view measures.</summary>
    public static readonly string[] LiveCountries = ["US", "DE", "GB", "FR", "JP", "BR", "IN", "SG", "MX", "CA", "AU", "NL"];

    public const int AssessmentVersions = 20;
    private const int TasksPerMarket = 12;
    private const int ItemsPerMarket = 4;

    private static readonly MarketStage[] Path = [MarketStage.Assessment, MarketStage.Pilot, MarketStage.Launch, MarketStage.Scale];

    public async Task<int> SeedAsync(int marketCount)
    {
        var random = new Random(23);
        var now = SystemClock.TruncateToMicroseconds(DateTime.UtcNow);
        var today = DateOnly.FromDateTime(now);
        var countries = LiveCountries.Concat(Countries.All.Except(LiveCountries)).Take(marketCount).ToList();
        foreach (var chunk in countries.Chunk(50))
        {
            await UnitOfWorkScope.RunAsync(provider, "overseas", async services =>
            {
                var markets = services.GetRequiredService<IMarketRepository>();
                var assessments = services.GetRequiredService<IAssessmentRepository>();
                var tasks = services.GetRequiredService<ILocalizationTaskRepository>();
                var items = services.GetRequiredService<IComplianceItemRepository>();
                foreach (var country in chunk)
                {
                    var opened = now.AddDays(-random.Next(400, 900));
                    var (market, first) = Market.Open(new MarketProfile(country, $"Market {country}", ["en"], "USD", $"owner{random.Next(20)}@example.com",
                        today.AddDays(random.Next(-200, 400))), "seeder", opened);
                    var moves = Path.Take(LiveCountries.Contains(country) ? 3 + random.Next(2) : random.Next(3))
                        .Select(stage => market.MoveTo(stage, [], "Seeded.", "seeder", opened = opened.AddDays(random.Next(20, 90)))).ToList();
                    var versions = Enumerable.Range(1, AssessmentVersions).Select(version => new Assessment(Ids.New(), market.Id, version,
                        Enum.GetValues<AssessmentFactor>().Select(factor => new Factor(factor, random.Next(1, 6), 12.5m, "Seeded evidence.")).ToList(), "seeder",
                        now.AddDays(version - AssessmentVersions))).ToList();
                    var latest = versions[^1];
                    market.Assessed(new MarketScores(latest.Version, latest.Attractiveness, latest.Risk, latest.Combined, latest.CreatedAt), now);
                    await markets.AddAsync(market, first, CancellationToken.None);
                    foreach (var move in moves)
                    {
                        await markets.AddStageChangeAsync(move, CancellationToken.None);
                    }

                    foreach (var assessment in versions)
                    {
                        await assessments.AddAsync(assessment, CancellationToken.None);
                    }

                    await SeedWorkAsync(tasks, items, market.Id, random, now, today);
                }
            });
        }

        return countries.Count;
    }

    private static async Task SeedWorkAsync(ILocalizationTaskRepository tasks, IComplianceItemRepository items, Guid marketId, Random random, DateTime now, DateOnly today)
    {
        var areas = Enum.GetValues<LocalizationArea>();
        for (var i = 0; i < TasksPerMarket; i++)
        {
            var task = LocalizationTask.Plan(marketId, new LocalizationWork(areas[i % areas.Length], $"Task {i}", $"l10n{random.Next(30)}@example.com",
                today.AddDays(random.Next(-60, 120)), random.Next(1, 20)), now.AddDays(-90));
            if (random.Next(2) == 0)
            {
                task.MoveTo(LocalizationTaskStatus.InProgress, null, now);
                if (random.Next(2) == 0)
                {
                    task.MoveTo(LocalizationTaskStatus.Done, null, now);
                }
            }

            await tasks.AddAsync(task, CancellationToken.None);
        }

        var severities = Enum.GetValues<ComplianceSeverity>();
        for (var i = 0; i < ItemsPerMarket; i++)
        {
            var item = ComplianceItem.Record(marketId, new ComplianceRequirement("GDPR", $"Requirement {i}", severities[random.Next(severities.Length)], null, null), now);
            if (random.Next(3) == 0)
            {
                item.MoveTo(ComplianceStatus.Compliant, null, now);
            }

            await items.AddAsync(item, CancellationToken.None);
        }
    }
}
