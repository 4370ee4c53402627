using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Finance;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Growth;

/// <summary>Campaigns: a validated workflow, an audience frozen at scheduling, a status that follows the schedule, results as events arrive, spend booked in Finance.</summary>
public sealed class CampaignsTests(DatabaseProvider provider) : GrowthTest(provider)
{
    private const string Campaigns = "/api/v1/growth/campaigns";

    private static readonly DateTime Starts = Start.AddDays(2);
    private static readonly DateTime Ends = Start.AddDays(9);

    private async Task<string> GermanySegmentAsync() =>
        (await (await Growth.PostJsonAsync(Segments, new { name = "Germany", rule = new { match = "all", conditions = new[] { new { field = "country", @operator = "equals", value = "DE" } } } }))
            .ShouldHaveStatus(HttpStatusCode.Created)).Id();

    private async Task<JsonNode> DraftAsync(string? segmentId, object? budget = null, DateTime? starts = null, DateTime? ends = null, string goal = "upsell") =>
        await (await Growth.PostJsonAsync(Campaigns, new
        {
            name = "Winter upsell " + Guid.NewGuid().ToString("N")[..6],
            goal,
            segmentId,
            startsAt = starts ?? Starts,
            endsAt = ends ?? Ends,
            budget = budget ?? FinanceApi.Money("1000.00"),
            offer = new { kind = "coupon", detail = "10 % off" },
        })).ShouldHaveStatus(HttpStatusCode.Created);

    private async Task<HttpResponseMessage> TransitionAsync(string id, string status)
    {
        var current = await Growth.GetAsync($"{Campaigns}/{id}");
        return await Growth.PostJsonAsync($"{Campaigns}/{id}/status-transitions", new { status, note = "test" }, current.Headers.ETag!.Tag);
    }

    private async Task<JsonNode> ResultsAsync(string id) => await Growth.GetJsonAsync($"{Campaigns}/{id}/results");

    private async Task<string> StatusAsync(string id) => (await Growth.GetJsonAsync($"{Campaigns}/{id}"))["status"]!.GetValue<string>();

    private async Task SeedCustomersAsync() =>
        await SyncAsync(Customer("de-1"), Customer("de-2"), Customer("fr-1", country: "FR"));

    [Test]
    public async Task Scheduling_freezes_the_audience_and_the_status_follows_the_schedule()
    {
        await SeedCustomersAsync();
        var campaign = (await DraftAsync(await GermanySegmentAsync())).Id();

        var scheduled = await (await TransitionAsync(campaign, "scheduled")).ShouldHaveStatus(HttpStatusCode.OK);
        await SyncAsync(Customer("de-late"));
        var audience = await Growth.GetJsonAsync($"{Campaigns}/{campaign}/audience");
        Time.Advance(Starts.AddHours(1) - Start);
        var runningBeforeSweep = await StatusAsync(campaign);
        var listedRunning = await Growth.GetJsonAsync($"{Campaigns}?status=running");
        var advanced = await (await Growth.PostJsonAsync(Campaigns + "/advance", new { })).ShouldHaveStatus(HttpStatusCode.OK);
        var published = await Api.DeliverOutboxAsync();
        Time.Advance(Ends - Starts.AddHours(1));
        var completed = await Growth.GetJsonAsync($"{Campaigns}/{campaign}");

        Assert.Multiple(() =>
        {
            Assert.That(scheduled["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
            Assert.That(audience["items"]!.AsArray().Select(member => member!["externalId"]!.GetValue<string>()), Is.EquivalentTo(new[] { "de-1", "de-2" }),
                "a customer synced after scheduling is not in the frozen audience");
            Assert.That(runningBeforeSweep, Is.EqualTo("running"), "a read never waits for the sweep");
            Assert.That(listedRunning["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { campaign }));
            Assert.That(advanced["changed"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(published, Is.EqualTo(2), "draft → scheduled and scheduled → running are published as growth.campaign-status-changed");
            Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("completed"));
            Assert.That(completed["statusChangedAt"]!.GetValue<DateTime>(), Is.EqualTo(Ends));
        });
    }

    [Test]
    public async Task Results_count_audience_members_with_the_goals_event_inside_the_schedule()
    {
        await SeedCustomersAsync();
        var campaign = (await DraftAsync(await GermanySegmentAsync())).Id();
        await (await TransitionAsync(campaign, "scheduled")).ShouldHaveStatus(HttpStatusCode.OK);
        var empty = await ResultsAsync(campaign);
        Time.Advance(Starts.AddDays(1) - Start);

        await SendEventsAsync(
            Event("before", "de-1", Starts.AddHours(-1), "purchase", 10m),
            Event("login", "de-2", Starts.AddHours(2), "login"),
            Event("outsider", "fr-1", Starts.AddHours(3), "purchase", 10m),
            Event("inside", "de-1", Starts.AddHours(4), "purchase", 25m),
            Event("again", "de-1", Starts.AddHours(5), "purchase", 25m));
        var results = await ResultsAsync(campaign);

        Assert.Multiple(() =>
        {
            Assert.That(empty["reached"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(empty["converted"]!.GetValue<int>(), Is.Zero);
            Assert.That(empty["costPerConversion"], Is.Null);
            Assert.That(results["converted"]!.GetValue<int>(), Is.EqualTo(1), "only de-1's purchase inside the window counts, once");
            Assert.That(results["conversionRate"]!.GetValue<decimal>(), Is.EqualTo(0.5m));
            Assert.That(results["status"]!.GetValue<string>(), Is.EqualTo("running"));
        });
        var converted = await Growth.GetJsonAsync($"{Campaigns}/{campaign}/audience?converted=true");
        Assert.That(converted["items"]!.AsArray().Single()!["convertedAt"]!.GetValue<DateTime>(), Is.EqualTo(Starts.AddHours(4)));
    }

    [Test]
    public async Task A_points_offer_pays_each_converting_member_once()
    {
        await SeedCustomersAsync();
        var campaign = (await (await Growth.PostJsonAsync(Campaigns, new
        {
            name = "Points for a purchase",
            goal = "upsell",
            segmentId = await GermanySegmentAsync(),
            startsAt = Starts,
            endsAt = Ends,
            budget = FinanceApi.Money("100.00"),
            offer = new { kind = "points", points = 250 },
        })).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        await (await TransitionAsync(campaign, "scheduled")).ShouldHaveStatus(HttpStatusCode.OK);
        Time.Advance(Starts.AddDays(1) - Start);

        await SendEventsAsync(Event("buy-1", "de-1", Starts.AddHours(1), "purchase", 10m), Event("buy-fr", "fr-1", Starts.AddHours(1), "purchase", 10m));
        await SendEventsAsync(Event("buy-2", "de-1", Starts.AddHours(2), "purchase", 10m));
        var member = await Growth.GetJsonAsync($"{Customers}/{(await CustomerAsync("de-1")).Id()}/points");
        var outsider = await Growth.GetJsonAsync($"{Customers}/{(await CustomerAsync("fr-1")).Id()}/points");

        Assert.Multiple(() =>
        {
            Assert.That(member["balance"]!.GetValue<long>(), Is.EqualTo(250));
            Assert.That(outsider["balance"]!.GetValue<long>(), Is.Zero, "not in the audience");
        });
    }

    [Test]
    public async Task Spend_is_booked_in_finance_as_a_marketing_outflow_and_priced_per_conversion()
    {
        await SeedCustomersAsync();
        var admin = Api.ClientFor(Roles.Admin);
        var costCenter = await FinanceApi.CostCenterAsync(admin, "MKT");
        var campaign = (await DraftAsync(await GermanySegmentAsync())).Id();
        await (await TransitionAsync(campaign, "scheduled")).ShouldHaveStatus(HttpStatusCode.OK);
        Time.Advance(Starts.AddDays(1) - Start);
        await SendEventsAsync(Event("buy", "de-2", Starts.AddHours(1), "purchase", 40m));
        var spentOn = DateOnly.FromDateTime(Starts);

        var spend = await (await Growth.PostJsonAsync($"{Campaigns}/{campaign}/spend",
            new { amount = FinanceApi.Money("250.00"), spentOn, costCenterId = costCenter, description = "Display ads" })).ShouldHaveStatus(HttpStatusCode.Created);
        await Api.DeliverOutboxAsync();
        await Api.DeliverOutboxAsync();
        var entries = await Growth.GetJsonAsync($"{Campaigns}/{campaign}/spend");
        var booked = entries.AsArray().Single()!;
        var transaction = await admin.GetJsonAsync($"{FinanceApi.Transactions}/{booked["financeTransactionId"]!.GetValue<string>()}");
        var results = await ResultsAsync(campaign);

        Assert.Multiple(() =>
        {
            Assert.That(spend["booking"]!.GetValue<string>(), Is.EqualTo("pending"));
            Assert.That(booked["booking"]!.GetValue<string>(), Is.EqualTo("booked"));
            Assert.That(transaction["category"]!.GetValue<string>(), Is.EqualTo("marketing"));
            Assert.That(transaction["direction"]!.GetValue<string>(), Is.EqualTo("outflow"));
            Assert.That(transaction["amount"]!["amount"]!.GetValue<string>(), Is.EqualTo("250.00"));
            Assert.That(transaction["costCenterId"]!.GetValue<string>(), Is.EqualTo(costCenter));
            Assert.That(results["spent"]!["amount"]!.GetValue<string>(), Is.EqualTo("250.00"));
            Assert.That(results["costPerConversion"]!["amount"]!.GetValue<string>(), Is.EqualTo("250.00"));
            Assert.That(results["budgetRemaining"]!["amount"]!.GetValue<string>(), Is.EqualTo("750.00"));
        });
    }

    [Test]
    public async Task A_spend_finance_refuses_is_marked_failed_with_finances_reason()
    {
        var admin = Api.ClientFor(Roles.Admin);
        var costCenter = await FinanceApi.CostCenterAsync(admin, "ARCH");
        var campaign = (await DraftAsync(null)).Id();
        await (await Growth.PostJsonAsync($"{Campaigns}/{campaign}/spend",
            new { amount = FinanceApi.Money("10.00"), spentOn = DateOnly.FromDateTime(Start), costCenterId = costCenter, description = "Flyers" })).ShouldHaveStatus(HttpStatusCode.Created);
        // Gone from Finance before the booking reaches it: Finance refuses, and the entry says why.
        (await admin.DeleteAsync($"{FinanceApi.CostCenters}/{costCenter}")).EnsureSuccessStatusCode();

        await Api.DeliverOutboxAsync();
        var entry = (await Growth.GetJsonAsync($"{Campaigns}/{campaign}/spend")).AsArray().Single()!;

        Assert.Multiple(() =>
        {
            Assert.That(entry["booking"]!.GetValue<string>(), Is.EqualTo("failed"));
            Assert.That(entry["bookingError"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(entry["financeTransactionId"], Is.Null);
        });
    }

    [Test]
    public async Task The_workflow_refuses_what_it_does_not_allow_and_says_why()
    {
        await SeedCustomersAsync();
        var segment = await GermanySegmentAsync();
        var incomplete = await (await Growth.PostJsonAsync(Campaigns, new { name = "Idea", goal = "activation" })).ShouldHaveStatus(HttpStatusCode.Created);
        var refused = await (await TransitionAsync(incomplete.Id(), "scheduled")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.invalid-transition");
        var campaign = (await DraftAsync(segment)).Id();

        await (await TransitionAsync(campaign, "running")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.invalid-transition");
        await (await Growth.PostJsonAsync($"{Campaigns}/{campaign}/status-transitions", new { status = "scheduled" }, "\"99\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await TransitionAsync(campaign, "scheduled")).ShouldHaveStatus(HttpStatusCode.OK);
        var current = await Growth.GetAsync($"{Campaigns}/{campaign}");
        await (await Growth.PutJsonAsync($"{Campaigns}/{campaign}", new { name = "Changed", goal = "upsell" }, current.Headers.ETag!.Tag))
            .ShouldBeProblem(HttpStatusCode.Conflict, "growth.campaign-not-draft");
        await (await TransitionAsync(campaign, "draft")).ShouldHaveStatus(HttpStatusCode.OK);
        var dropped = await ResultsAsync(campaign);
        await (await TransitionAsync(campaign, "cancelled")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await TransitionAsync(campaign, "draft")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.invalid-transition");
        await (await Growth.DeleteAsync($"{Segments}/{segment}")).ShouldBeProblem(HttpStatusCode.Conflict, "growth.segment-in-use");

        Assert.Multiple(() =>
        {
            Assert.That(incomplete["conversionEvent"]!.GetValue<string>(), Is.EqualTo("feature-use"), "the goal's default conversion event");
            Assert.That(refused["reasons"]!.AsArray(), Has.Count.EqualTo(3), "segment, schedule and budget are missing");
            Assert.That(dropped["reached"]!.GetValue<int>(), Is.Zero, "unscheduling drops the frozen audience");
        });
    }

    [Test]
    public async Task Bad_campaign_input_names_its_field_and_changes_nothing()
    {
        var admin = Api.ClientFor(Roles.Admin);
        var costCenter = await FinanceApi.CostCenterAsync(admin, "BAD");
        var campaign = (await DraftAsync(null)).Id();
        var noBudget = (await (await Growth.PostJsonAsync(Campaigns, new { name = "No money", goal = "retention" })).ShouldHaveStatus(HttpStatusCode.Created)).Id();

        await (await Growth.PostJsonAsync(Campaigns, new { name = "x", goal = "retention", segmentId = Guid.CreateVersion7() })).ShouldBeValidationProblem("segmentId");
        await (await Growth.PostJsonAsync(Campaigns, new { name = "x", goal = "retention", startsAt = Ends, endsAt = Starts })).ShouldBeValidationProblem("endsAt");
        await (await Growth.PostJsonAsync(Campaigns, new { name = "x", goal = "retention", budget = FinanceApi.Money("-5.00") })).ShouldBeValidationProblem("budget.amount");
        await (await Growth.PostJsonAsync(Campaigns, new { name = "x", goal = "retention", offer = new { kind = "points" } })).ShouldBeValidationProblem("offer.points");
        await (await Growth.PostJsonAsync($"{Campaigns}/{campaign}/spend",
            new { amount = FinanceApi.Money("5.00", "USD"), spentOn = DateOnly.FromDateTime(Start), costCenterId = costCenter, description = "x" })).ShouldBeValidationProblem("amount.currency");
        await (await Growth.PostJsonAsync($"{Campaigns}/{campaign}/spend",
            new { amount = FinanceApi.Money("5.00"), spentOn = DateOnly.FromDateTime(Start), costCenterId = Guid.CreateVersion7(), description = "x" })).ShouldBeValidationProblem("costCenterId");
        await (await Growth.PostJsonAsync($"{Campaigns}/{campaign}/spend",
            new { amount = FinanceApi.Money("5.00"), spentOn = DateOnly.FromDateTime(Start).AddDays(3), costCenterId = costCenter, description = "x" })).ShouldBeValidationProblem("spentOn");
        await (await Growth.PostJsonAsync($"{Campaigns}/{noBudget}/spend",
            new { amount = FinanceApi.Money("5.00"), spentOn = DateOnly.FromDateTime(Start), costCenterId = costCenter, description = "x" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "growth.campaign-without-budget");
        await (await Growth.GetAsync($"{Campaigns}/{Guid.CreateVersion7()}/results")).ShouldBeProblem(HttpStatusCode.NotFound);

        var list = await Growth.GetJsonAsync(Campaigns);
        Assert.Multiple(async () =>
        {
            Assert.That(list["items"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(await Growth.GetJsonAsync($"{Campaigns}/{campaign}/spend"), Is.Empty);
        });
    }
}
