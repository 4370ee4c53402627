using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Finance.FinanceApi;

namespace OpsPlan.IntegrationTests.Finance;

public sealed class BudgetsTests(DatabaseProvider provider) : FinanceTest(provider)
{
    [Test]
    public async Task A_budget_is_drafted_with_its_period_lines_total_and_default_threshold()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "MKT");

        var response = await client.PostJsonAsync(Budgets, new
        {
            costCenterId = costCenter,
            period = "2026-Q3",
            currency = "EUR",
            lines = new[] { new { category = "marketing", amount = Money("120000.10") }, new { category = "personnel", amount = Money("300000.20") } },
        });

        var budget = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(budget["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(budget["startsOn"]!.GetValue<string>(), Is.EqualTo("2026-07-01"));
            Assert.That(budget["endsOn"]!.GetValue<string>(), Is.EqualTo("2026-09-30"));
            Assert.That(budget["warningThresholdPercent"]!.GetValue<decimal>(), Is.EqualTo(80m));
            Assert.That(budget["total"].Amount(), Is.EqualTo("420000.30"));
            Assert.That(budget["lines"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        });
        Assert.That((await client.GetJsonAsync(response.Headers.Location!.ToString())).ToJsonString(), Is.EqualTo(budget.ToJsonString()));
    }

    [TestCase("2026", "2026-01-01", "2026-12-31")]
    [TestCase("2026-Q1", "2026-01-01", "2026-03-31")]
    [TestCase("2028-02", "2028-02-01", "2028-02-29")]
    public async Task Periods_are_years_quarters_or_months(string period, string startsOn, string endsOn)
    {
        var client = Api.ClientFor(Roles.Finance);
        var budget = await DraftBudgetAsync(client, await CostCenterAsync(client, "P1"), period);

        Assert.That((budget["startsOn"]!.GetValue<string>(), budget["endsOn"]!.GetValue<string>()), Is.EqualTo((startsOn, endsOn)));
    }

    [Test]
    public async Task Bad_fields_are_400s_and_nothing_is_written()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "BAD");
        object Line(string category, string amount, string currency = "EUR") => new { category, amount = Money(amount, currency) };

        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026-Q5", currency = "eur", warningThresholdPercent = 120, lines = Array.Empty<object>() }))
            .ShouldBeValidationProblem("period", "currency", "warningThresholdPercent", "lines");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { Line("marketing", "1"), Line("marketing", "2") } }))
            .ShouldBeValidationProblem("lines");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { Line("marketing", "0") } }))
            .ShouldBeValidationProblem("lines[0].amount");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { Line("marketing", "10", "USD") } }))
            .ShouldBeValidationProblem("lines[0].amount.currency");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { new { category = "marketing", amount = 10.5 } } }))
            .ShouldBeValidationProblem("lines[0].amount");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { Line("marketing", "1.00001") } }))
            .ShouldBeValidationProblem("lines[0].amount");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = Guid.CreateVersion7(), period = "2026", currency = "EUR", lines = new[] { Line("marketing", "1") } }))
            .ShouldBeValidationProblem("costCenterId");

        Assert.That((await client.GetJsonAsync(Budgets))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Lines_missing_or_null_are_a_400_on_create_replace_and_revise()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "NOLINES");
        var draft = await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { new { category = "marketing", amount = Money("10") } } }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var approved = await ApprovedBudgetAsync(client, costCenter, "2027", ("marketing", "10"));

        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2028", currency = "EUR" })).ShouldBeValidationProblem("lines");
        await (await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2028", currency = "EUR", lines = (object?)null })).ShouldBeValidationProblem("lines");
        await (await client.PutJsonAsync($"{Budgets}/{draft.Id()}", new { warningThresholdPercent = 80 })).ShouldBeValidationProblem("lines");
        await (await client.PutJsonAsync($"{Budgets}/{draft.Id()}", new { warningThresholdPercent = 80, lines = (object?)null })).ShouldBeValidationProblem("lines");
        await (await client.PostJsonAsync($"{Budgets}/{approved.Id()}/revisions", new { reason = "No lines." })).ShouldBeValidationProblem("lines");
        await (await client.PostJsonAsync($"{Budgets}/{approved.Id()}/revisions", new { lines = (object?)null, reason = "Null lines." })).ShouldBeValidationProblem("lines");

        Assert.That((await client.GetJsonAsync(Budgets))["items"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That((await client.GetJsonAsync($"{Budgets}/{draft.Id()}"))["version"]!.GetValue<long>(), Is.EqualTo(1));
    }

    [Test]
    public async Task One_budget_per_cost_center_and_period_and_none_on_an_archived_cost_center()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "ONE");
        await DraftBudgetAsync(client, costCenter, "2026-Q3");

        var duplicate = await client.PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026-Q3", currency = "EUR", lines = new[] { new { category = "other", amount = Money("1") } } });
        await duplicate.ShouldBeProblem(HttpStatusCode.Conflict, "finance.duplicate-budget");

        var archived = await CostCenterAsync(client, "OLD");
        await (await client.PutJsonAsync($"{CostCenters}/{archived}", new { name = "Old", owner = "o", archived = true })).ShouldHaveStatus(HttpStatusCode.OK);
        var onArchived = await client.PostJsonAsync(Budgets, new { costCenterId = archived, period = "2026", currency = "EUR", lines = new[] { new { category = "other", amount = Money("1") } } });
        await onArchived.ShouldBeProblem(HttpStatusCode.Conflict, "finance.cost-center-archived");
    }

    [Test]
    public async Task A_draft_is_replaced_with_put_but_an_approved_budget_only_through_a_revision()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "ED");
        var budget = await DraftBudgetAsync(client, costCenter, "2026");
        var url = $"{Budgets}/{budget.Id()}";

        var replaced = await (await client.PutJsonAsync(url, new { warningThresholdPercent = 90.5, lines = new[] { new { category = "research", amount = Money("500") } } }, "\"1\""))
            .ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(replaced["lines"]![0]!["category"]!.GetValue<string>(), Is.EqualTo("research"));
        Assert.That(replaced["warningThresholdPercent"]!.GetValue<decimal>(), Is.EqualTo(90.5m));
        await (await client.PutJsonAsync(url, new { warningThresholdPercent = 80, lines = new[] { new { category = "research", amount = Money("1") } } }, "\"1\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        await MoveAsync(client, budget.Id(), "submitted");
        await (await client.PutJsonAsync(url, new { warningThresholdPercent = 80, lines = new[] { new { category = "research", amount = Money("1") } } }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "finance.budget-not-editable");
    }

    [Test]
    public async Task The_workflow_runs_draft_submitted_approved_closed_and_refuses_other_moves()
    {
        var client = Api.ClientFor(Roles.Finance);
        var budget = await DraftBudgetAsync(client, await CostCenterAsync(client, "WF"), "2026");
        var transitions = $"{Budgets}/{budget.Id()}/status-transitions";

        await (await client.PostJsonAsync(transitions, new { status = "approved" })).ShouldBeProblem(HttpStatusCode.Conflict, "finance.invalid-transition");
        await MoveAsync(client, budget.Id(), "submitted");
        await MoveAsync(client, budget.Id(), "draft");
        await MoveAsync(client, budget.Id(), "submitted");
        await (await client.PostJsonAsync(transitions, new { status = "approved" }, ifMatch: "\"2\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await MoveAsync(client, budget.Id(), "approved");
        var closed = await MoveAsync(client, budget.Id(), "closed");

        Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
        await (await client.PostJsonAsync(transitions, new { status = "draft" })).ShouldBeProblem(HttpStatusCode.Conflict, "finance.invalid-transition");
        await (await client.PostJsonAsync(transitions, new { status = "bogus" })).ShouldBeValidationProblem("status");
    }

    [Test]
    public async Task A_revision_records_who_when_why_and_old_and_new_amounts()
    {
        var client = Api.ClientAs("cfo@example.com", Roles.Finance);
        var budget = await ApprovedBudgetAsync(client, await CostCenterAsync(client, "REV"), "2026", ("marketing", "1000"), ("research", "500"));
        var revisions = $"{Budgets}/{budget.Id()}/revisions";

        var response = await client.PostJsonAsync(revisions, new
        {
            lines = new[] { new { category = "marketing", amount = Money("1500") }, new { category = "research", amount = Money("0") }, new { category = "other", amount = Money("20") } },
            reason = "Campaign extended.",
        });

        var revision = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var changes = revision["changes"]!.AsArray().ToDictionary(change => change!["category"]!.GetValue<string>(),
            change => (change!["previousAmount"].Amount(), change["amount"].Amount()));
        Assert.Multiple(() =>
        {
            Assert.That(revision["revisedBy"]!.GetValue<string>(), Is.EqualTo("cfo@example.com"));
            Assert.That(revision["reason"]!.GetValue<string>(), Is.EqualTo("Campaign extended."));
            Assert.That(changes["marketing"], Is.EqualTo(("1000.00", "1500.00")));
            Assert.That(changes["research"], Is.EqualTo(("500.00", "0.00")));
            Assert.That(changes["other"], Is.EqualTo(("0.00", "20.00")));
        });

        var revised = await client.GetJsonAsync($"{Budgets}/{budget.Id()}");
        Assert.That(revised["lines"]!.AsArray().Select(line => line!["category"]!.GetValue<string>()), Is.EqualTo(new[] { "marketing", "other" }));
        Assert.That(revised["total"].Amount(), Is.EqualTo("1520.00"));
        Assert.That((await client.GetJsonAsync(revisions))["items"]!.AsArray().Single()!["id"]!.GetValue<string>(), Is.EqualTo(revision.Id()));
    }

    [Test]
    public async Task Revisions_need_an_approved_budget_a_reason_and_a_change()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "RV2");
        var draft = await DraftBudgetAsync(client, costCenter, "2026");
        var change = new { lines = new[] { new { category = "marketing", amount = Money("2000") } }, reason = "More." };

        await (await client.PostJsonAsync($"{Budgets}/{draft.Id()}/revisions", change)).ShouldBeProblem(HttpStatusCode.Conflict, "finance.budget-not-approved");

        var approved = await ApprovedBudgetAsync(client, costCenter, "2027");
        var revisions = $"{Budgets}/{approved.Id()}/revisions";
        await (await client.PostJsonAsync(revisions, new { lines = change.lines, reason = "" })).ShouldBeValidationProblem("reason");
        await (await client.PostJsonAsync(revisions, new { lines = new[] { new { category = "marketing", amount = Money("1000") } }, reason = "Same." }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "finance.revision-changes-nothing");
        await (await client.PostJsonAsync(revisions, new { lines = new[] { new { category = "marketing", amount = Money("5", "USD") } }, reason = "USD?" }))
            .ShouldBeValidationProblem("lines[0].amount.currency");
        await (await client.PostJsonAsync($"{Budgets}/{Guid.CreateVersion7()}/revisions", change)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync($"{Budgets}/{Guid.CreateVersion7()}/revisions")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.That((await client.GetJsonAsync(revisions))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Budgets_are_listed_by_cost_center_period_and_status()
    {
        var client = Api.ClientFor(Roles.Finance);
        var first = await CostCenterAsync(client, "L1");
        var second = await CostCenterAsync(client, "L2");
        await DraftBudgetAsync(client, first, "2026");
        await ApprovedBudgetAsync(client, first, "2026-Q1");
        await DraftBudgetAsync(client, second, "2026");

        Assert.Multiple(async () =>
        {
            Assert.That((await client.GetJsonAsync($"{Budgets}?costCenterId={first}"))["items"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That((await client.GetJsonAsync($"{Budgets}?period=2026"))["items"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That((await client.GetJsonAsync($"{Budgets}?status=approved"))["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
        await (await client.GetAsync($"{Budgets}?status=nope&period=2026-13")).ShouldBeValidationProblem("status", "period");
    }

    [Test]
    public async Task Only_finance_and_admin_write_budgets_and_unknown_ids_are_404()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(finance, "SEC");

        await (await Api.ClientFor(Roles.Integrator).PostJsonAsync(Budgets, new { costCenterId = costCenter, period = "2026", currency = "EUR", lines = new[] { new { category = "other", amount = Money("1") } } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await finance.GetAsync($"{Budgets}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await finance.GetAsync($"{Budgets}/{Guid.CreateVersion7()}/variance")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await finance.PostJsonAsync($"{Budgets}/{Guid.CreateVersion7()}/status-transitions", new { status = "submitted" })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_cost_center_with_a_budget_is_archived_not_deleted()
    {
        var client = Api.ClientFor(Roles.Finance);
        var costCenter = await CostCenterAsync(client, "KEEP");
        await DraftBudgetAsync(client, costCenter, "2026");

        await (await client.DeleteAsync($"{CostCenters}/{costCenter}")).ShouldBeProblem(HttpStatusCode.Conflict, "finance.cost-center-in-use");
    }
}
