using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Domain.Metrics;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Seeder;

/// <summary>
/// Lifecycle at load-test size: products created over the last five years, each moved along its stages at the pace
/// a portfolio has (most reach growth, fewer decline or retire), and for a few of them five years of monthly figures.
/// Gates are not checked: the seed writes the history the app would have kept.
/// </summary>
internal sealed class LifecycleSeeder(IServiceProvider provider)
{
    public const int ProductsWithFigures = 200;
    private const int ProductsPerBatch = 1_000;
    private const int Months = 60;

    private static readonly ProductStage[] Path = [ProductStage.Development, ProductStage.Launch, ProductStage.Growth, ProductStage.Maturity, ProductStage.Decline, ProductStage.Retired];

    /// <summary>Seeds the products; returns the ids of those with figures.</summary>
    public async Task<IReadOnlyList<Guid>> SeedAsync(int productCount)
    {
        var random = new Random(13);
        var now = SystemClock.TruncateToMicroseconds(DateTime.UtcNow);
        var withFigures = new List<Guid>();
        for (var offset = 0; offset < productCount; offset += ProductsPerBatch)
        {
            var products = new List<(Product Product, StageChange First, List<StageChange> Moves)>();
            for (var i = offset; i < Math.Min(productCount, offset + ProductsPerBatch); i++)
            {
                var at = now.AddDays(-random.Next(30, 5 * 365));
                var (product, first) = Product.Create($"Load product {i}", $"owner{i % 50}@example.com", null, "seeder", at);
                var moves = new List<StageChange>();
                foreach (var stage in Path.Take(random.Next(0, Path.Length + 1)))
                {
                    at = at.AddDays(random.Next(10, 240));
                    if (at >= now)
                    {
                        break;
                    }

                    moves.Add(product.MoveTo(stage, [], "Seeded.", "seeder", at));
                }

                products.Add((product, first, moves));
            }

            await UnitOfWorkScope.RunAsync(provider, "lifecycle", async services =>
            {
                var repository = services.GetRequiredService<IProductRepository>();
                foreach (var (product, first, moves) in products)
                {
                    await repository.AddAsync(product, first, CancellationToken.None);
                    foreach (var move in moves)
                    {
                        await repository.AddStageChangeAsync(move, CancellationToken.None);
                    }
                }
            });
            withFigures.AddRange(products.Take(Math.Max(0, ProductsWithFigures - withFigures.Count)).Select(product => product.Product.Id));
        }

        await SeedFiguresAsync(withFigures, now, random);
        return withFigures;
    }

    private async Task SeedFiguresAsync(IReadOnlyList<Guid> products, DateTime now, Random random)
    {
        var thisMonth = new DateOnly(now.Year, now.Month, 1);
        var figures = products.SelectMany(product =>
        {
            var users = random.Next(1_000, 100_000);
            return Enumerable.Range(0, Months).Select(back =>
            {
                users = Math.Max(0, users + random.Next(-users / 10, users / 8));
                return new MonthlyFigures(product, thisMonth.AddMonths(back - Months), users, Money.FromMinorUnits(users * 40_000L, "EUR"), random.Next(3_000, 9_000) / 100m,
                    random.Next(-40, 70));
            });
        }).ToList();
        await UnitOfWorkScope.RunAsync(provider, "lifecycle",
            services => services.GetRequiredService<IProductMetricsRepository>().UpsertAsync(figures, now, CancellationToken.None));
    }
}
