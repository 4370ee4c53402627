using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Finance.Contracts.Events;
using static OpsPlan.IntegrationTests.Finance.FinanceApi;

namespace OpsPlan.IntegrationTests.Finance;

/// <summary>
/// The first cross-module flow: Finance publishes through its outbox, the relay (triggered here, never awaited by
/// sleeping) delivers to Risk, and Risk keeps exactly one financial risk per budget line or for the runway.
/// </summary>
public sealed class FinanceRiskFlowTests(DatabaseProvider provider) : FinanceTest(provider)
{
    private const string Risks = "/api/v1/risk/risks";

    [Test]
    public async Task Spending_past_the_threshold_raises_one_financial_risk_and_a_redelivery_changes_nothing()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "MKT-EU", owner: "cmo@example.com");
        var budget = await ApprovedBudgetAsync(finance, costCenter, ThisMonth, ("marketing", "1000.00"), ("research", "5000.00"));

        await SpendAsync(finance, costCenter, "500.00");
        await Api.DeliverOutboxAsync();
        Assert.That(await FinanceRisksAsync(), Is.Empty, "50 % is below the 80 % threshold");

        await SpendAsync(finance, costCenter, "350.00");
        await Api.DeliverOutboxAsync();

        var risk = (await FinanceRisksAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(risk["category"]!.GetValue<string>(), Is.EqualTo("financial"));
            Assert.That(risk["sourceReference"]!.GetValue<string>(), Is.EqualTo($"budget:{budget.Id()}:marketing"));
            Assert.That(risk["owner"]!.GetValue<string>(), Is.EqualTo("cmo@example.com"));
            Assert.That(risk["description"]!.GetValue<string>(), Does.Contain("850.00 EUR spent of 1000.00 EUR (85 %)"));
        });

        await RedeliverAsync<BudgetThresholdCrossed>();
        Assert.That(await FinanceRisksAsync(), Has.Count.EqualTo(1));
        Assert.That((await Api.ClientFor(Roles.Risk).GetJsonAsync($"{Risks}/{risk.Id()}/assessments"))["items"]!.AsArray(), Has.Count.EqualTo(1),
            "the redelivered event was recognised by the inbox and not assessed again");
    }

    [Test]
    public async Task Going_over_budget_rescores_the_same_risk_and_falling_back_leaves_it_for_a_human()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "OPS");
        var budget = await ApprovedBudgetAsync(finance, costCenter, ThisMonth, ("operations", "1000.00"));

        await SpendAsync(finance, costCenter, "900.00", "operations");
        await Api.DeliverOutboxAsync();
        var warned = (await FinanceRisksAsync()).Single();

        await SpendAsync(finance, costCenter, "400.00", "operations");
        await Api.DeliverOutboxAsync();
        var over = (await FinanceRisksAsync()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(over.Id(), Is.EqualTo(warned.Id()));
            Assert.That(over["score"]!.GetValue<int>(), Is.GreaterThan(warned["score"]!.GetValue<int>()));
            Assert.That(over["description"]!.GetValue<string>(), Does.Contain("over budget by 300.00 EUR"));
        });

        var revision = new { lines = new[] { new { category = "operations", amount = Money("5000.00") } }, reason = "Reforecast." };
        await (await finance.PostJsonAsync($"{Budgets}/{budget.Id()}/revisions", revision)).ShouldHaveStatus(HttpStatusCode.Created);
        await Api.DeliverOutboxAsync();
        var after = (await FinanceRisksAsync()).Single();
        Assert.That((after["status"]!.GetValue<string>(), after["version"]!.GetValue<long>()), Is.EqualTo((over["status"]!.GetValue<string>(), over["version"]!.GetValue<long>())),
            "back under threshold: the risk waits for a human to close it");
    }

    [Test]
    public async Task A_risk_a_person_closed_is_reopened_and_rescored_when_the_line_goes_over()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var riskOwner = Api.ClientFor(Roles.Risk);
        var costCenter = await CostCenterAsync(finance, "CLOSED");
        await ApprovedBudgetAsync(finance, costCenter, ThisMonth, ("operations", "1000.00"));
        await SpendAsync(finance, costCenter, "850.00", "operations");
        await Api.DeliverOutboxAsync();
        var warned = (await FinanceRisksAsync()).Single();

        foreach (var status in new[] { "assessed", "accepted", "closed" })
        {
            await (await riskOwner.PostJsonAsync($"{Risks}/{warned.Id()}/status-transitions", new { status, reason = "Handled by the owner." }))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }

        await SpendAsync(finance, costCenter, "300.00", "operations");
        Assert.That(await Api.DeliverOutboxAsync(), Is.GreaterThan(0));
        await Api.DeliverOutboxAsync(); // What the Risk consumer published in turn, if Risk's outbox came first in that pass.
        Assert.That(await Api.DeliverOutboxAsync(), Is.Zero, "delivered once, nothing left to retry");

        var reopened = (await FinanceRisksAsync()).Single();
        var assessments = (await riskOwner.GetJsonAsync($"{Risks}/{warned.Id()}/assessments"))["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(reopened.Id(), Is.EqualTo(warned.Id()));
            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("assessed"), "reopened (closed → identified) and re-scored in one change");
            Assert.That(reopened["score"]!.GetValue<int>(), Is.GreaterThan(warned["score"]!.GetValue<int>()));
            Assert.That(reopened["version"]!.GetValue<long>(), Is.EqualTo(warned["version"]!.GetValue<long>() + 4), "three transitions, then one version for the reopening");
            Assert.That(reopened["description"]!.GetValue<string>(), Does.Contain("over budget by 150.00 EUR"));
            Assert.That(assessments, Has.Count.EqualTo(2), "the first assessment and the one the overrun added");
        });
    }

    [Test]
    public async Task A_batch_that_pushes_several_lines_over_publishes_one_event_per_line()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "BATCH");
        await ApprovedBudgetAsync(finance, costCenter, ThisMonth, ("marketing", "100.00"), ("research", "100.00"), ("other", "100.00"));

        await SyncAsync(Api.ClientFor(Roles.Integrator),
            Transaction(costCenter, "60", "B-1"), Transaction(costCenter, "60", "B-2"),
            Transaction(costCenter, "90", "B-3", category: "research"), Transaction(costCenter, "10", "B-4", category: "other"));
        await Api.DeliverOutboxAsync();

        var references = (await FinanceRisksAsync()).Select(risk => risk["sourceReference"]!.GetValue<string>().Split(':')[2]);
        Assert.That(references, Is.EquivalentTo(new[] { "marketing", "research" }));
    }

    [Test]
    public async Task Approving_a_budget_whose_actuals_are_past_the_threshold_raises_the_risk_at_once()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "LATE");
        await SpendAsync(finance, costCenter, "950.00");

        await ApprovedBudgetAsync(finance, costCenter, ThisMonth, ("marketing", "1000.00"));
        await Api.DeliverOutboxAsync();

        Assert.That(await FinanceRisksAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Runway_below_the_alert_line_raises_the_runway_risk_once()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "CASH");
        var account = await CashAccountAsync(finance, "Operating", "100000.00", "USD", Today.AddMonths(-6));
        var lastMonth = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        await SyncAsync(finance, Enumerable.Range(1, 3).Select(month =>
            Transaction(costCenter, "20000.00", $"R-{month}", lastMonth.AddMonths(1 - month), "personnel", "outflow", "USD", account)).ToArray());
        await Api.DeliverOutboxAsync();

        var runway = await finance.GetJsonAsync("/api/v1/finance/runway");
        Assert.Multiple(() =>
        {
            Assert.That(runway["cash"].Amount(), Is.EqualTo("40000.00"));
            Assert.That(runway["monthlyNetBurn"].Amount(), Is.EqualTo("20000.00"));
            Assert.That(runway["months"]!.GetValue<decimal>(), Is.EqualTo(2.0m));
            Assert.That(runway["belowAlert"]!.GetValue<bool>(), Is.True);
        });
        var risk = (await FinanceRisksAsync()).Single();
        Assert.That(risk["sourceReference"]!.GetValue<string>(), Is.EqualTo("runway"));

        await SyncAsync(finance, Transaction(costCenter, "100.00", "R-more", Today, "personnel", "outflow", "USD", account));
        await Api.DeliverOutboxAsync();
        Assert.That(await FinanceRisksAsync(), Has.Count.EqualTo(1), "still below: no second alert");
    }

    private async Task<List<JsonNode>> FinanceRisksAsync() =>
        (await Api.ClientFor(Roles.Risk).GetJsonAsync($"{Risks}?source=finance"))["items"]!.AsArray().Select(item => item!).ToList();

    /// <summary>Marks every published event of a type as not yet delivered and runs the relay: the same events arrive a second time.</summary>
    private async Task RedeliverAsync<TEvent>() => Assert.That(await Api.RedeliverAsync<TEvent>("finance"), Is.GreaterThan(0));
}
