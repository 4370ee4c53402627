using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Overseas;

/// <summary>Localization tasks through their workflow, the readiness they add up to, and the overdue list as the clock moves.</summary>
public sealed class LocalizationTests(DatabaseProvider provider) : OverseasTest(provider)
{
    [Test]
    public async Task Readiness_is_the_done_share_of_the_tasks_weight_overall_and_per_area()
    {
        var market = (await OpenMarketAsync()).Id();
        await DoneTaskAsync(market, 30, "language");
        await DoneTaskAsync(market, 20, "payments");
        await PlanTaskAsync(market, 50, "payments");

        var readiness = await Expansion.GetJsonAsync($"{Markets}/{market}/readiness");
        var areas = readiness["areas"]!.AsArray().ToDictionary(area => area!["area"]!.GetValue<string>(),
            area => (area!["tasks"]!.GetValue<int>(), area["done"]!.GetValue<int>(), area["readinessPercent"]!.GetValue<decimal>()));

        Assert.Multiple(() =>
        {
            Assert.That((readiness["readinessPercent"]!.GetValue<decimal>(), readiness["launchThresholdPercent"]!.GetValue<decimal>()), Is.EqualTo((50m, 80m)));
            Assert.That(areas["language"], Is.EqualTo((1, 1, 100m)));
            Assert.That(areas["payments"], Is.EqualTo((2, 1, 28.57m)), "20 of 70");
            Assert.That(areas["tax"], Is.EqualTo((0, 0, 0m)));
            Assert.That(areas.Keys, Is.EquivalentTo(new[] { "language", "currency-pricing", "payments", "legal", "content", "support", "tax" }));
        });
    }

    [Test]
    public async Task Tasks_past_their_due_date_and_not_done_are_overdue_most_overdue_first()
    {
        var brazil = (await OpenMarketAsync("BR")).Id();
        var mexico = (await OpenMarketAsync("MX", "MXN")).Id();
        var late = (await PlanTaskAsync(brazil, 10, "legal", "2026-06-20", "Terms in Portuguese")).Id();
        var later = (await PlanTaskAsync(mexico, 10, "tax", "2026-07-01", "Register for IVA")).Id();
        var done = (await PlanTaskAsync(brazil, 10, "content", "2026-06-16", "Landing page")).Id();
        await PlanTaskAsync(brazil, 10, "support", "2026-08-01", "Support hours");
        await MoveTaskAsync(brazil, done, "in-progress");
        await MoveTaskAsync(brazil, done, "done");
        Time.Advance(TimeSpan.FromDays(20));

        var overdue = await Expansion.GetJsonAsync($"{Module}/localization-tasks/overdue");
        var owners = await Expansion.GetJsonAsync($"{Module}/localization-tasks/overdue?owner=nobody@example.com");
        var task = await Expansion.GetJsonAsync($"{Markets}/{brazil}/localization-tasks/{late}");

        Assert.Multiple(() =>
        {
            Assert.That(overdue.AsArray().Select(item => (item!["taskId"]!.GetValue<string>(), item["country"]!.GetValue<string>(), item["daysOverdue"]!.GetValue<int>())),
                Is.EqualTo(new[] { (late, "BR", 15), (later, "MX", 4) }));
            Assert.That(owners.AsArray(), Is.Empty);
            Assert.That(task["overdue"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task A_task_moves_only_along_its_workflow_and_blocking_says_why()
    {
        var market = (await OpenMarketAsync()).Id();
        var task = (await PlanTaskAsync(market, 10)).Id();
        var url = $"{Markets}/{market}/localization-tasks/{task}";

        var skipped = await (await Expansion.PostJsonAsync($"{url}/status-transitions", new { status = "done" })).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.invalid-transition");
        await (await Expansion.PostJsonAsync($"{url}/status-transitions", new { status = "blocked" })).ShouldBeValidationProblem("note");
        var blocked = await MoveTaskAsync(market, task, "blocked", "Waiting for the translation agency's contract.");
        await MoveTaskAsync(market, task, "in-progress");
        await MoveTaskAsync(market, task, "done");
        var reopened = await MoveTaskAsync(market, task, "in-progress", "Glossary changed.");
        var listed = await Expansion.GetJsonAsync($"{Markets}/{market}/localization-tasks?status=in-progress&area=language");

        Assert.Multiple(() =>
        {
            Assert.That(skipped["reasons"]![0]!.GetValue<string>(), Is.EqualTo("From 'todo' a localization task can move to: in-progress, blocked."));
            Assert.That((blocked["status"]!.GetValue<string>(), blocked["statusNote"]!.GetValue<string>()), Is.EqualTo(("blocked", "Waiting for the translation agency's contract.")));
            Assert.That((reopened["status"]!.GetValue<string>(), reopened["version"]!.GetValue<long>()), Is.EqualTo(("in-progress", 5L)));
            Assert.That(listed["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { task }));
        });
    }

    [Test]
    public async Task Bad_tasks_due_dates_before_their_creation_and_other_markets_tasks_are_refused_and_change_nothing()
    {
        var market = (await OpenMarketAsync()).Id();
        var other = (await OpenMarketAsync("MX", "MXN")).Id();
        var tasks = $"{Markets}/{market}/localization-tasks";

        await (await Expansion.PostJsonAsync(tasks, new { area = "legal", title = "Terms", owner = "a@example.com", dueDate = "2026-06-14", weight = 10 }))
            .ShouldBeValidationProblem("dueDate");
        await (await Expansion.PostJsonAsync(tasks, new { title = "", owner = "a@example.com", dueDate = "2026-07-01", weight = 0 }))
            .ShouldBeValidationProblem("area", "title", "weight");
        await (await Expansion.PostJsonAsync(tasks, new { area = "marketing", title = "Ads", owner = "a@example.com", dueDate = "2026-07-01", weight = 5 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var task = await PlanTaskAsync(market, 10, dueDate: "2026-06-15");
        Time.Advance(TimeSpan.FromDays(30));
        var stillValid = await (await Expansion.PutJsonAsync($"{tasks}/{task.Id()}",
            new { area = "language", title = "Translate the app", owner = "l10n@example.com", dueDate = "2026-06-20", weight = 10 }, task.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        var beforeCreation = await (await Expansion.PutJsonAsync($"{tasks}/{task.Id()}",
            new { area = "language", title = "Translate the app", owner = "l10n@example.com", dueDate = "2026-06-14", weight = 10 }, stillValid.ETag()))
            .ShouldBeValidationProblem("dueDate");
        await (await Expansion.GetAsync($"{Markets}/{other}/localization-tasks/{task.Id()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Expansion.PostJsonAsync($"{Markets}/{Guid.CreateVersion7()}/localization-tasks",
            new { area = "legal", title = "Terms", owner = "a@example.com", dueDate = "2026-08-01", weight = 10 })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Expansion.GetAsync($"{Markets}/{Guid.CreateVersion7()}/readiness")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(tasks, new { area = "legal", title = "Terms", owner = "a@example.com", dueDate = "2026-08-01", weight = 10 }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        var listed = await Expansion.GetJsonAsync(tasks);
        Assert.Multiple(() =>
        {
            Assert.That(beforeCreation["errors"]!["dueDate"]![0]!.GetValue<string>(), Does.Contain("2026-06-15"));
            Assert.That(listed["items"]!.AsArray().Select(item => (item!["dueDate"]!.GetValue<string>(), item["version"]!.GetValue<long>())),
                Is.EqualTo(new[] { ("2026-06-20", 2L) }));
        });
    }
}
