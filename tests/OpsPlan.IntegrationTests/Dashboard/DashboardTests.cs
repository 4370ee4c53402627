using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Finance;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Partners;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Partners.PartnerDesk;

namespace OpsPlan.IntegrationTests.Dashboard;

/// <summary>
/// The console's home over HTTP: each section filled from its own module's records, a failing module spoiling only its
/// own section, sections cached until their module writes. Its clock starts on 2026-06-15, inside the second quarter
/// its partner is scored for.
/// </summary>
public sealed class DashboardTests(DatabaseProvider provider) : ClockedApiTest(provider, Start)
{
    private const string Dashboard = "/api/v1/dashboard";

    private static readonly DateTime Start = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    private PartnerDesk Desk => new(Api);

    private HttpClient Viewer => Api.ClientFor(Roles.Viewer);

    [Test]
    public async Task Every_section_shows_what_its_module_holds()
    {
        await SignUpCustomersAsync("c-1", "c-2");
        await OverspendAsync();
        var risks = Api.ClientFor(Roles.Risk);
        await risks.CreateRiskAsync(RiskRequests.NewRisk("Processor outage", likelihood: 3, impact: 5));
        await risks.CreateRiskAsync(RiskRequests.NewRisk("LGPD fine", category: "compliance", likelihood: 4, impact: 5));
        await risks.CreateRiskAsync(RiskRequests.NewRisk("Office lease", category: "operational", likelihood: 2, impact: 2));
        await OpenIncidentAsync("sev1");
        await OpenIncidentAsync("sev3");
        var partner = await BreachingPartnerOnProbationAsync();
        await (await Api.ClientFor(Roles.Overseas).PostJsonAsync("/api/v1/overseas/markets",
            new { country = "BR", languages = new[] { "pt-BR" }, currency = "BRL", owner = "latam@example.com", targetLaunchDate = "2026-12-01" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var product = await DecliningProductAsync();

        var home = await Viewer.GetJsonAsync(Dashboard);

        Assert.Multiple(() =>
        {
            Assert.That((home["from"]!.GetValue<string>(), home["to"]!.GetValue<string>()), Is.EqualTo(("2026-05-17", "2026-06-15")), "the 30 days to today");
            foreach (var section in new[] { "growth", "budgets", "runway", "risks", "partners", "markets", "products" })
            {
                Assert.That((home[section]!["status"]!.GetValue<string>(), home[section]!["errorCode"]), Is.EqualTo(("ok", (JsonNode?)null)), section);
                Assert.That(home[section]!["asOf"]!.GetValue<DateTime>(), Is.EqualTo(Start), section);
            }

            var growth = home["growth"]!["data"]!;
            Assert.That((growth["newCustomers"]!.GetValue<int>(), growth["customers"]!.GetValue<int>(), growth["cac"]), Is.EqualTo((2, 2, (JsonNode?)null)),
                "no channel spent anything yet, so there is no CAC");

            var budgets = home["budgets"]!["data"]!;
            Assert.That((budgets["linesOver"]!.GetValue<int>(), budgets["linesInWarning"]!.GetValue<int>()), Is.EqualTo((1, 1)));
            Assert.That(budgets["lines"]!.AsArray().Select(line => (line!["category"]!.GetValue<string>(), line["state"]!.GetValue<string>(), line["actual"].Amount(),
                line["percentConsumed"]!.GetValue<decimal>(), line["costCenterCode"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("marketing", "over", "1100.00", 110m, "MKT"), ("infrastructure", "warning", "850.00", 85m, "MKT") }));

            var top = home["risks"]!["data"]!["topOpenRisks"]!.AsArray().Select(risk => (risk!["title"]!.GetValue<string>(), risk["score"]!.GetValue<int>()));
            Assert.That(top, Is.EqualTo(new[] { ("LGPD fine", 20), ("Processor outage", 15), ("Office lease", 4) }));
            var incidents = home["risks"]!["data"]!["openIncidents"]!;
            Assert.That((incidents["total"]!.GetValue<int>(), incidents["bySeverity"]!["sev1"]!.GetValue<int>(), incidents["bySeverity"]!["sev3"]!.GetValue<int>(),
                incidents["bySeverity"]!["sev2"]!.GetValue<int>()), Is.EqualTo((2, 1, 1, 0)));

            var partners = home["partners"]!["data"]!;
            Assert.That((partners["from"]!.GetValue<string>(), partners["to"]!.GetValue<string>(), partners["slaBreaches"]!.GetValue<int>()),
                Is.EqualTo(("2026-05", "2026-06", 2)), "the months the period touches");
            Assert.That(partners["mostBreaches"]!.AsArray().Select(row => (row!["partnerId"]!.GetValue<string>(), row["breaches"]!.GetValue<int>())),
                Is.EqualTo(new[] { (partner, 2) }));
            Assert.That((partners["partnersOnProbation"]!.GetValue<int>(), partners["onProbation"]!.AsArray().Select(row => row!["partnerId"]!.GetValue<string>())),
                Is.EqualTo((1, new[] { partner })));

            var research = home["markets"]!["data"]!["stages"]!.AsArray().Single(stage => stage!["stage"]!.GetValue<string>() == "research")!;
            Assert.That((research["markets"]!.GetValue<int>(), research["averageReadinessPercent"]!.GetValue<decimal>()), Is.EqualTo((1, 0m)));
            Assert.That(home["markets"]!["data"]!["stages"]!.AsArray().Single(stage => stage!["stage"]!.GetValue<string>() == "scale")!["averageReadinessPercent"],
                Is.Null, "no market in scale");

            var products = home["products"]!["data"]!;
            Assert.That((products["inDecline"]!.AsArray().Single()!["productId"]!.GetValue<string>(), products["more"]!.GetValue<bool>()), Is.EqualTo((product, false)));
        });
    }

    [Test]
    public async Task A_module_that_fails_spoils_only_its_own_section_and_is_asked_again_next_time()
    {
        Assume.That(Provider, Is.EqualTo(DatabaseProvider.Sqlite), "takes a module's table away through its SQLite file");
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        RenameTable("partners", "sla_measurements", "sla_measurements_offline");

        var degraded = await Viewer.GetJsonAsync(Dashboard);
        RenameTable("partners", "sla_measurements_offline", "sla_measurements");
        var recovered = await Viewer.GetJsonAsync(Dashboard);

        Assert.Multiple(() =>
        {
            var partners = degraded["partners"]!;
            Assert.That((partners["status"]!.GetValue<string>(), partners["data"], partners["errorCode"]!.GetValue<string>()),
                Is.EqualTo(("unavailable", (JsonNode?)null, "dashboard.section-unavailable")));
            Assert.That(partners["errorDetail"]!.GetValue<string>(), Does.Not.Contain("sla_measurements"), "the cause goes to the log, not to the caller");
            foreach (var section in new[] { "growth", "budgets", "runway", "risks", "markets", "products" })
            {
                Assert.That(degraded[section]!["status"]!.GetValue<string>(), Is.EqualTo("ok"), section);
            }

            Assert.That(degraded["risks"]!["data"]!["topOpenRisks"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That((recovered["partners"]!["status"]!.GetValue<string>(), recovered["partners"]!["data"]!["slaBreaches"]!.GetValue<int>()), Is.EqualTo(("ok", 0)),
                "a failed section is not cached");
        });
    }

    [Test]
    public async Task A_rule_a_module_reports_is_passed_on_with_its_code()
    {
        await FinanceApi.CashAccountAsync(Api.ClientFor(Roles.Finance), "São Paulo", "50000.00", "BRL", new DateOnly(2025, 6, 1));

        var home = await Viewer.GetJsonAsync(Dashboard);

        Assert.Multiple(() =>
        {
            Assert.That((home["runway"]!["status"]!.GetValue<string>(), home["runway"]!["errorCode"]!.GetValue<string>()),
                Is.EqualTo(("unavailable", "finance.missing-exchange-rate")));
            Assert.That(home["runway"]!["errorDetail"]!.GetValue<string>(), Does.Contain("BRL"));
            Assert.That(home["budgets"]!["status"]!.GetValue<string>(), Is.EqualTo("ok"), "the budgets, from the same module, need no rate");
        });
    }

    [Test]
    public async Task Sections_are_cached_until_their_own_module_writes_and_for_thirty_seconds_at_most()
    {
        var first = await Viewer.GetJsonAsync(Dashboard);
        Time.Advance(TimeSpan.FromSeconds(20)); // past the other views' two seconds, within the dashboard's thirty
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        var second = await Viewer.GetJsonAsync(Dashboard);
        Time.Advance(TimeSpan.FromSeconds(11));
        var third = await Viewer.GetJsonAsync(Dashboard);

        Assert.Multiple(() =>
        {
            Assert.That(second["risks"]!["asOf"]!.GetValue<DateTime>(), Is.EqualTo(Start.AddSeconds(20)), "Risk wrote: its section was read again");
            Assert.That(second["risks"]!["data"]!["topOpenRisks"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(second["markets"]!["asOf"]!.GetValue<DateTime>(), Is.EqualTo(first["markets"]!["asOf"]!.GetValue<DateTime>()), "Overseas did not write");
            Assert.That(third["markets"]!["asOf"]!.GetValue<DateTime>(), Is.EqualTo(Start.AddSeconds(31)), "thirty seconds on, another instance's writes may show");
        });
    }

    [Test]
    public async Task A_period_may_be_chosen_and_a_bad_one_is_refused()
    {
        var chosen = await Viewer.GetJsonAsync($"{Dashboard}?from=2026-01-01&to=2026-03-31");
        var fromAlone = await Viewer.GetJsonAsync($"{Dashboard}?from=2026-06-01");

        Assert.Multiple(async () =>
        {
            Assert.That((chosen["from"]!.GetValue<string>(), chosen["to"]!.GetValue<string>(), chosen["partners"]!["data"]!["to"]!.GetValue<string>()),
                Is.EqualTo(("2026-01-01", "2026-03-31", "2026-03")));
            Assert.That((fromAlone["from"]!.GetValue<string>(), fromAlone["to"]!.GetValue<string>()), Is.EqualTo(("2026-06-01", "2026-06-15")), "from alone runs to today");
            await (await Viewer.GetAsync($"{Dashboard}?from=2026-06-02&to=2026-06-01")).ShouldBeValidationProblem("to");
            await (await Viewer.GetAsync($"{Dashboard}?from=2025-01-01&to=2026-06-01")).ShouldBeValidationProblem("to");
            await (await Viewer.GetAsync($"{Dashboard}?from=1800-01-01&to=1800-01-02")).ShouldBeValidationProblem("from", "to");
            await (await Viewer.GetAsync($"{Dashboard}?to=yesterday")).ShouldBeProblem(HttpStatusCode.BadRequest);
        });
    }

    [Test]
    public async Task Every_staff_role_reads_it_and_a_partners_own_key_does_not()
    {
        var partner = await Desk.CreatePartnerAsync();
        var partnerKey = await Desk.PartnerKeyClientAsync(partner.Id());

        Assert.Multiple(async () =>
        {
            await (await Api.ClientFor(Roles.Growth).GetAsync(Dashboard)).ShouldHaveStatus(HttpStatusCode.OK);
            await (await Api.ClientFor(Roles.Integrator).GetAsync(Dashboard)).ShouldHaveStatus(HttpStatusCode.OK);
            await (await partnerKey.GetAsync(Dashboard)).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await Api.AnonymousClient().GetAsync(Dashboard)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        });
    }

    private async Task SignUpCustomersAsync(params string[] externalIds) =>
        await (await Api.ClientFor(Roles.Growth).PostJsonAsync("/api/v1/growth/customers/batch", new
        {
            items = externalIds.Select(externalId => new { externalId, displayName = "Customer " + externalId, country = "DE", signedUpAt = Start.AddDays(-3), tier = "gold" }),
        })).ShouldHaveStatus(HttpStatusCode.OK);

    /// <summary>June's marketing budget overspent (1,100 of 1,000) and its infrastructure line at 85 %, past the 80 % warning.</summary>
    private async Task OverspendAsync()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await FinanceApi.CostCenterAsync(finance, "MKT");
        await FinanceApi.ApprovedBudgetAsync(finance, costCenter, "2026-06", ("marketing", "1000.00"), ("infrastructure", "1000.00"), ("personnel", "1000.00"));
        await FinanceApi.SyncAsync(finance,
            FinanceApi.Transaction(costCenter, "1100.00", "t-1", new DateOnly(2026, 6, 10)),
            FinanceApi.Transaction(costCenter, "850.00", "t-2", new DateOnly(2026, 6, 11), category: "infrastructure"),
            FinanceApi.Transaction(costCenter, "100.00", "t-3", new DateOnly(2026, 6, 11), category: "personnel"));
    }

    private async Task OpenIncidentAsync(string severity) =>
        await (await Api.ClientFor(Roles.Risk).PostJsonAsync("/api/v1/risk/incidents",
            new { title = "Checkout failing", type = "outage", severity, commander = "oncall@example.com" })).ShouldHaveStatus(HttpStatusCode.Created);

    /// <summary>An active partner that missed its uptime target in May and June and whose scorecard put it on probation.</summary>
    private async Task<string> BreachingPartnerOnProbationAsync()
    {
        var partner = await Desk.ActivePartnerAsync();
        var agreement = (await Desk.SignAsync(partner)).Id();
        await MeasureAsync(Desk.Procurement, Measurement(agreement, "uptime-percent", "2026-04", 99.0m), Measurement(agreement, "uptime-percent", "2026-05", 99.0m),
            Measurement(agreement, "uptime-percent", "2026-06", 98.5m), Measurement(agreement, "response-hours", "2026-06", 2m));
        await (await Desk.Procurement.PostJsonAsync($"{PartnerDesk.Partners}/{partner}/scorecards", new
        {
            period = "2026-Q2", scores = new { quality = 2, delivery = 1, cost = 2, cooperation = 2, innovation = 2, compliance = 2 },
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return partner;
    }

    private async Task<string> DecliningProductAsync()
    {
        const string products = "/api/v1/lifecycle/products";
        var team = Api.ClientFor(Roles.Product);
        var product = (await (await team.PostJsonAsync(products, new { name = "Classic Wallet", owner = "pm@example.com" })).ShouldHaveStatus(HttpStatusCode.Created)).Id();
        foreach (var stage in new[] { "development", "launch", "growth", "maturity", "decline" })
        {
            if (stage == "launch")
            {
                await (await team.PostJsonAsync($"{products}/{product}/releases", new { version = "1.0.0", type = "major", notes = "First release." }))
                    .ShouldHaveStatus(HttpStatusCode.Created);
            }

            var current = await team.GetAsync($"{products}/{product}");
            await (await team.PostJsonAsync($"{products}/{product}/stage-transitions", new { stage, reason = "Planned." }, current.Headers.ETag!.Tag))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }

        return product;
    }

    private void RenameTable(string schema, string from, string to)
    {
        using var connection = new SqliteConnection($"Data Source={SqliteConnectionFactory.SchemaFile(Api.SqliteDirectory, schema)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"ALTER TABLE {from} RENAME TO {to}";
        command.ExecuteNonQuery();
    }
}
