using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Finance.FinanceApi;

namespace OpsPlan.IntegrationTests.Finance;

/// <summary>Totals never overflow into a float or a 500: amounts are bounded, and a total that would not fit is a 409.</summary>
public sealed class MoneyOverflowTests(DatabaseProvider provider) : FinanceTest(provider)
{
    private const string Largest = "99999999999.9999";

    private async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Api.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <summary>The kept totals, and the same sums computed again from the transactions: they must be equal.</summary>
    private async Task AssertTotalsEqualRecomputationAsync()
    {
        const string kept = "SELECT COALESCE(SUM(outflow_minor), 0) FROM finance.spend_monthly_totals";
        const string recomputed = "SELECT COALESCE(SUM(amount_minor), 0) FROM finance.transactions WHERE direction = 'outflow'";
        Assert.That(await ScalarAsync<long>(kept), Is.EqualTo(await ScalarAsync<long>(recomputed)));
        if (Provider == DatabaseProvider.Sqlite)
        {
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM finance.spend_monthly_totals WHERE typeof(outflow_minor) <> 'integer'"), Is.Zero,
                "no total ever turned into a float");
        }
    }

    [Test]
    public async Task An_amount_of_100_billion_or_more_is_a_400_and_the_largest_below_is_taken()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "BIG");

        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "100000000000"))).ShouldBeValidationProblem("amount");
        await (await client.PostJsonAsync(Transactions, Transaction(costCenter, "922337203685477.5807"))).ShouldBeValidationProblem("amount");
        var created = await (await client.PostJsonAsync(Transactions, Transaction(costCenter, Largest))).ShouldHaveStatus(HttpStatusCode.Created);

        Assert.That(created["amount"].Amount(), Is.EqualTo(Largest));
    }

    [Test]
    public async Task Max_values_then_reductions_keep_exact_totals_equal_to_a_recomputation()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "EXACT");
        var integrator = Api.ClientFor(Roles.Integrator);

        // In the reporting currency, so the summary needs no exchange rate.
        object Usd(string amount, string externalId) => Transaction(costCenter, amount, externalId, currency: "USD");
        await SyncAsync(integrator, Enumerable.Range(1, 5).Select(i => Usd(Largest, $"X-{i}")).ToArray());
        await SyncAsync(integrator, Enumerable.Range(1, 5).Select(i => Usd("1.20", $"X-{i}")).ToArray());
        await SyncAsync(integrator, Usd(Largest, "X-6"), Usd("0.0001", "X-7"));
        await SyncAsync(integrator, Usd("0.0001", "X-6"));

        await AssertTotalsEqualRecomputationAsync();
        var summary = await finance.GetJsonAsync($"/api/v1/finance/spend/summary?period={Today.Year}&costCenterId={costCenter}");
        Assert.That(summary["total"]!["net"].Amount(), Is.EqualTo("6.0002"));
    }

    [Test]
    public async Task A_write_whose_total_would_overflow_is_a_409_and_changes_nothing()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "FULL");
        await client.PostJsonAsync(Transactions, Transaction(costCenter, "10.00", "F-1"));
        // As if some 90,000 of the largest transactions had been booked to this cost center, category and month.
        await Api.ExecuteSqlAsync("UPDATE finance.spend_monthly_totals SET outflow_minor = 8999999999999999000");

        var refused = await client.PostJsonAsync(Transactions, Transaction(costCenter, Largest, "F-2"));
        var refusedBatch = await Api.ClientFor(Roles.Integrator).PostJsonAsync(TransactionBatch, new { items = new[] { Transaction(costCenter, Largest, "F-3") } });

        await refused.ShouldBeProblem(HttpStatusCode.Conflict, "amount-overflow");
        await refusedBatch.ShouldBeProblem(HttpStatusCode.Conflict, "amount-overflow");
        Assert.Multiple(async () =>
        {
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM finance.transactions"), Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>("SELECT outflow_minor FROM finance.spend_monthly_totals"), Is.EqualTo(8999999999999999000));
        });
    }

    [Test]
    public async Task A_view_whose_sum_would_overflow_is_a_409_not_a_500()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "SUMS");
        await client.PostJsonAsync(Transactions, Transaction(costCenter, "10.00", "S-1", on: new DateOnly(Today.Year, 1, 15), currency: "USD"));
        await client.PostJsonAsync(Transactions, Transaction(costCenter, "10.00", "S-2", on: new DateOnly(Today.Year, 2, 15), currency: "USD"));
        await Api.ExecuteSqlAsync("UPDATE finance.spend_monthly_totals SET outflow_minor = 8000000000000000000");

        var summary = await client.GetAsync($"/api/v1/finance/spend/summary?period={Today.Year}");

        await summary.ShouldBeProblem(HttpStatusCode.Conflict, "amount-overflow");
    }
}
