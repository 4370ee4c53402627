using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>What every connection the app opens guarantees, however often the pool hands the same one out.</summary>
public sealed class DatabaseConnectionTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Foreign_keys_are_enforced_on_every_connection_from_the_pool()
    {
        var factory = Api.Services.GetRequiredService<IDbConnectionFactory>();
        for (var open = 0; open < 3; open++)
        {
            await using var connection = await factory.OpenAsync(CancellationToken.None);
            var orphan = connection.ExecuteAsync("""
                INSERT INTO finance.budget_lines (budget_id, category, amount_minor, state)
                VALUES (@BudgetId, 'other', 1, 'ok')
                """, new { BudgetId = Guid.CreateVersion7() });

            Assert.That(async () => await orphan, Throws.InstanceOf<DbException>(), $"open #{open + 1}");
        }
    }
}
