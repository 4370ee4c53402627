using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Risk.Contracts.Views;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>Cached views answer repeats from memory, and a committed write in their module shows in the next answer.</summary>
public sealed class QueryCacheTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Summary = "/api/v1/risk/risks/summary";

    [Test]
    public async Task A_repeated_view_is_served_from_the_cache_until_its_module_writes()
    {
        var client = Api.ClientFor(Roles.Risk);
        await client.CreateRiskAsync(NewRisk());

        var first = await QueryAsync(new GetRiskSummaryQuery());
        var repeated = await QueryAsync(new GetRiskSummaryQuery());
        Assert.That(repeated, Is.SameAs(first), "the same query between two writes is one computation");

        await client.CreateRiskAsync(NewRisk());
        var afterWrite = await QueryAsync(new GetRiskSummaryQuery());

        Assert.That((first.Total, afterWrite.Total), Is.EqualTo((1, 2)));
        Assert.That((await client.GetJsonAsync(Summary))["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Different_filters_are_different_entries()
    {
        var client = Api.ClientFor(Roles.Risk);
        await client.CreateRiskAsync(NewRisk(owner: "a@example.com"));
        await client.CreateRiskAsync(NewRisk(owner: "b@example.com"));

        var all = await client.GetJsonAsync(Summary);
        var ownerA = await client.GetJsonAsync($"{Summary}?owner=a@example.com");

        Assert.That((all["total"]!.GetValue<int>(), ownerA["total"]!.GetValue<int>()), Is.EqualTo((2, 1)));
    }

    private async Task<RiskSummaryDto> QueryAsync(GetRiskSummaryQuery query)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDispatcher>().QueryAsync(query, CancellationToken.None);
    }
}
