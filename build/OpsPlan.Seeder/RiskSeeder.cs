using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Domain.Risks;
using RiskAggregate = OpsPlan.Modules.Risk.Domain.Risks.Risk;

namespace OpsPlan.Seeder;

/// <summary>Risks spread over every category, owner and score, each with a first and a second assessment.</summary>
internal sealed class RiskSeeder(IServiceProvider provider)
{
    private const int BatchSize = 5_000;
    private static readonly RiskCategory[] Categories = Enum.GetValues<RiskCategory>();

    public async Task<IReadOnlyList<Guid>> SeedAsync(int count)
    {
        var random = new Random(42);
        var ids = new List<Guid>(count);
        var start = DateTime.UtcNow.AddYears(-2);
        for (var offset = 0; offset < count; offset += BatchSize)
        {
            await using var scope = provider.CreateAsyncScope();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
            var risks = scope.ServiceProvider.GetRequiredService<IRiskRepository>();
            await unitOfWork.BeginAsync(scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Find("risk")!, CancellationToken.None);
            for (var i = offset; i < Math.Min(count, offset + BatchSize); i++)
            {
                var raisedAt = start.AddMinutes(i * 10);
                var (risk, first) = RiskAggregate.Raise(
                    $"Seeded risk {i}", "Generated for load tests.", Categories[i % Categories.Length], $"owner{i % 200}@example.com",
                    new RiskScore(random.Next(1, 6), random.Next(1, 6)), null, DateOnly.FromDateTime(raisedAt.AddDays(90)),
                    RiskAggregate.ManualSource, null, "seeder", raisedAt);
                var second = risk.Assess(new RiskScore(random.Next(1, 6), random.Next(1, 6)), new RiskScore(random.Next(1, 3), random.Next(1, 3)),
                    "Quarterly review.", "seeder", raisedAt.AddDays(30));
                await risks.AddAsync(risk, CancellationToken.None);
                await risks.AddAssessmentAsync(first, CancellationToken.None);
                await risks.AddAssessmentAsync(second, CancellationToken.None);
                ids.Add(risk.Id);
            }

            await unitOfWork.CommitAsync(CancellationToken.None);
        }

        return ids;
    }
}
