using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Risk;

public sealed class RiskViewsTests(DatabaseProvider provider) : RiskTest(provider)
{
    private async Task<HttpClient> ArrangeRegisterAsync()
    {
        var client = Api.ClientFor(Roles.Risk);
        await client.CreateRiskAsync(NewRisk(category: "security", likelihood: 5, impact: 5).With("residualLikelihood", 2).With("residualImpact", 2));
        await client.CreateRiskAsync(NewRisk(category: "security", likelihood: 5, impact: 5));
        await client.CreateRiskAsync(NewRisk(category: "market", likelihood: 1, impact: 2, owner: "cmo@example.com"));
        var closed = await client.CreateRiskAsync(NewRisk(category: "market", likelihood: 3, impact: 3));
        foreach (var status in new[] { "assessed", "accepted", "closed" })
        {
            await (await client.PostJsonAsync($"{Risks}/{closed.Id()}/status-transitions", new { status })).ShouldHaveStatus(HttpStatusCode.OK);
        }

        return client;
    }

    [Test]
    public async Task The_heatmap_counts_open_risks_in_all_25_cells()
    {
        var client = await ArrangeRegisterAsync();

        var heatmap = await client.GetJsonAsync($"{Risks}/heatmap");

        var cells = heatmap["cells"]!.AsArray();
        int Count(int likelihood, int impact) => cells.Single(cell => cell!["likelihood"]!.GetValue<int>() == likelihood && cell["impact"]!.GetValue<int>() == impact)!["count"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(cells, Has.Count.EqualTo(25));
            Assert.That(heatmap["total"]!.GetValue<int>(), Is.EqualTo(3), "the closed risk is left out");
            Assert.That(Count(5, 5), Is.EqualTo(2));
            Assert.That(Count(1, 2), Is.EqualTo(1));
            Assert.That(Count(3, 3), Is.EqualTo(0));
            Assert.That(cells.Single(cell => cell!["score"]!.GetValue<int>() == 25)!["level"]!.GetValue<string>(), Is.EqualTo("critical"));
        });
    }

    [Test]
    public async Task The_heatmap_filters_by_status_category_owner_and_residual_basis()
    {
        var client = await ArrangeRegisterAsync();

        var closed = await client.GetJsonAsync($"{Risks}/heatmap?status=closed");
        var security = await client.GetJsonAsync($"{Risks}/heatmap?category=security");
        var owner = await client.GetJsonAsync($"{Risks}/heatmap?owner=cmo@example.com");
        var residual = await client.GetJsonAsync($"{Risks}/heatmap?basis=residual");

        Assert.Multiple(() =>
        {
            Assert.That(closed["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(security["total"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(owner["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(residual["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(residual["basis"]!.GetValue<string>(), Is.EqualTo("residual"));
        });
    }

    [Test]
    public async Task The_summary_counts_by_category_level_and_status_with_zeros()
    {
        var client = await ArrangeRegisterAsync();

        var summary = await client.GetJsonAsync($"{Risks}/summary");

        Assert.Multiple(() =>
        {
            Assert.That(summary["total"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(summary["openCritical"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(summary["byCategory"]!["security"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(summary["byCategory"]!["reputational"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(summary["byLevel"]!["critical"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(summary["byStatus"]!["closed"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(summary["byStatus"]!["identified"]!.GetValue<int>(), Is.EqualTo(3));
        });
        var market = await client.GetJsonAsync($"{Risks}/summary?category=market");
        Assert.That(market["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Views_reject_unknown_filter_values_and_anonymous_callers()
    {
        var client = Api.ClientFor(Roles.Viewer);

        await (await client.GetAsync($"{Risks}/heatmap?basis=gut-feeling&category=weather")).ShouldBeValidationProblem("basis", "category");
        await (await client.GetAsync($"{Risks}/summary?category=weather")).ShouldBeValidationProblem("category");
        await (await Api.AnonymousClient().GetAsync($"{Risks}/summary")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }
}
