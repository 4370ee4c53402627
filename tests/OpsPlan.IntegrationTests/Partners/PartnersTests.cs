using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>Partners through their workflow, held at the due-diligence gate, with their history and the summary.</summary>
public sealed class PartnersTests(DatabaseProvider provider) : PartnersTest(provider)
{
    [Test]
    public async Task A_partner_is_recorded_as_a_prospect_with_the_standard_checklist_read_back_and_replaced()
    {
        var response = await Procurement.PostJsonAsync(Partners, new { name = "CloudHost Asia", type = "technology", country = "SG" });
        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var checklist = await Procurement.GetJsonAsync($"{Partners}/{created.Id()}/due-diligence");
        var replaced = await (await Procurement.PutJsonAsync($"{Partners}/{created.Id()}", new
        {
            name = "CloudHost APAC", type = "technology", country = "SG", contacts = new[] { new { name = "Mei Lin", email = "mei@cloudhost.example" } },
        }, created.ETag())).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That((created["status"]!.GetValue<string>(), created["tier"]), Is.EqualTo(("prospect", (System.Text.Json.Nodes.JsonNode?)null)));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"{Partners}/{created.Id()}"));
            Assert.That(checklist.AsArray().Select(item => (item!["area"]!.GetValue<string>(), item["required"]!.GetValue<bool>(), item["status"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("legal", true, "open"), ("security", true, "open"), ("financial", true, "open") }));
            Assert.That((replaced["name"]!.GetValue<string>(), replaced["contacts"]!.AsArray().Count, replaced["version"]!.GetValue<long>()), Is.EqualTo(("CloudHost APAC", 1, 2L)));
        });
    }

    [Test]
    public async Task Becoming_active_waits_for_every_required_item_to_be_approved_and_the_refusal_lists_them()
    {
        var partner = (await Desk.CreatePartnerAsync()).Id();
        await (await Desk.MoveAsync(partner, "onboarding")).ShouldHaveStatus(HttpStatusCode.OK);
        var custom = await (await Procurement.PostJsonAsync($"{Partners}/{partner}/due-diligence", new { title = "Data-processing agreement signed" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var optional = await (await Procurement.PostJsonAsync($"{Partners}/{partner}/due-diligence", new { title = "Site visit", required = false }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        var refused = await (await Desk.MoveAsync(partner, "active")).ShouldBeProblem(HttpStatusCode.Conflict, "partners.due-diligence-incomplete");
        await (await Procurement.PostJsonAsync($"{Partners}/{partner}/due-diligence/{custom.Id()}/reviews", new { decision = "approved" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "partners.evidence-missing");
        await Desk.ApproveChecklistAsync(partner);
        var checklist = await Procurement.GetJsonAsync($"{Partners}/{partner}/due-diligence");
        var active = await (await Desk.MoveAsync(partner, "active", "Checks passed; contract signed.")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            Assert.That(refused["reasons"]!.AsArray(), Has.Count.EqualTo(4), "legal, security, financial and the custom item; not the optional one");
            Assert.That(optional["required"]!.GetValue<bool>(), Is.False);
            Assert.That(checklist.AsArray().Select(item => item!["reviewer"]!.GetValue<string>()), Is.All.EqualTo("tester@example.com"));
            Assert.That(active["status"]!.GetValue<string>(), Is.EqualTo("active"));
        });
    }

    [Test]
    public async Task A_partner_whose_checklist_is_empty_takes_a_custom_item_as_its_first()
    {
        // A partner written straight to the database (the load seeder does) may have no checklist.
        var partner = (await Desk.CreatePartnerAsync()).Id();
        await Api.ExecuteSqlAsync("DELETE FROM partners.due_diligence_items");

        var custom = await (await Procurement.PostJsonAsync($"{Partners}/{partner}/due-diligence", new { title = "Data-processing agreement signed" }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        Assert.That((await Procurement.GetJsonAsync($"{Partners}/{partner}/due-diligence")).AsArray().Select(item => item!["id"]!.GetValue<string>()),
            Is.EqualTo(new[] { custom.Id() }));
    }

    [Test]
    public async Task A_suspended_partner_may_return_a_terminated_one_never_and_every_move_is_kept_and_the_stops_published()
    {
        var partner = await Desk.ActivePartnerAsync();
        await Api.DeliverOutboxAsync();
        await (await Desk.MoveAsync(partner, "suspended", "Repeated outages.")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Desk.MoveAsync(partner, "active", "Outages fixed.")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Desk.MoveAsync(partner, "terminated", "Contract ended.")).ShouldHaveStatus(HttpStatusCode.OK);
        var final = await (await Desk.MoveAsync(partner, "active")).ShouldBeProblem(HttpStatusCode.Conflict, "partners.invalid-transition");
        var history = await Procurement.GetJsonAsync($"{Partners}/{partner}/status-history");

        Assert.Multiple(async () =>
        {
            Assert.That(final["reasons"]![0]!.GetValue<string>(), Is.EqualTo("'terminated' is final."));
            Assert.That(history["items"]!.AsArray().Select(move => move!["to"]!.GetValue<string>()),
                Is.EqualTo(new[] { "terminated", "active", "suspended", "active", "onboarding", "prospect" }));
            Assert.That(history["items"]![0]!["reason"]!.GetValue<string>(), Is.EqualTo("Contract ended."));
            Assert.That(await Api.PublishedAsync<Modules.Partners.Contracts.Events.PartnerSuspended>("partners"), Is.EqualTo(1));
            Assert.That(await Api.PublishedAsync<Modules.Partners.Contracts.Events.PartnerTerminated>("partners"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_summary_counts_partners_by_type_tier_status_and_country()
    {
        await Desk.ActivePartnerAsync("A");
        await Desk.CreatePartnerAsync("B", "supplier", "DE");
        await Desk.CreatePartnerAsync("C", "supplier", "DE");

        var summary = await Procurement.GetJsonAsync($"{Module}/partners/summary");
        int Count(string group, string key) => summary[group]!.AsArray().Single(entry => entry!["key"]!.GetValue<string>() == key)!["count"]!.GetValue<int>();

        Assert.Multiple(() =>
        {
            Assert.That(summary["total"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That((Count("byType", "supplier"), Count("byType", "technology"), Count("byType", "payment")), Is.EqualTo((2, 1, 0)));
            Assert.That((Count("byStatus", "active"), Count("byStatus", "prospect")), Is.EqualTo((1, 2)));
            Assert.That(Count("byTier", "none"), Is.EqualTo(3));
            Assert.That(summary["byCountry"]![0]!["key"]!.GetValue<string>(), Is.EqualTo("DE"), "largest first");
        });
    }

    [Test]
    public async Task A_partners_spend_per_month_comes_from_finances_transactions_that_name_it()
    {
        var partner = await Desk.ActivePartnerAsync();
        var finance = Api.ClientFor(Roles.Finance);
        var costCenter = await Finance.FinanceApi.CostCenterAsync(finance, "IT-OPS");
        object Paid(string amount, string on, string direction = "outflow", string? partnerId = null) => new
        {
            occurredOn = on, costCenterId = costCenter, category = "infrastructure", direction, amount = new { amount, currency = "USD" }, partnerId,
            description = "Hosting",
        };
        foreach (var transaction in new[]
        {
            Paid("1000.00", "2026-05-03", partnerId: partner), Paid("500.00", "2026-06-02", partnerId: partner), Paid("200.00", "2026-06-10", "inflow", partner),
            Paid("9999.00", "2026-06-05"),
        })
        {
            await (await finance.PostJsonAsync("/api/v1/finance/transactions", transaction)).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var spend = await Procurement.GetJsonAsync($"{Partners}/{partner}/spend?from=2026-05-01&to=2026-06-30");

        Assert.Multiple(() =>
        {
            Assert.That((spend["currency"]!.GetValue<string>(), spend["spent"]!["amount"]!.GetValue<string>(), spend["received"]!["amount"]!.GetValue<string>()),
                Is.EqualTo(("USD", "1500.00", "200.00")));
            Assert.That(spend["months"]!.AsArray().Select(month => (month!["month"]!.GetValue<string>(), month["spent"]!["amount"]!.GetValue<string>())),
                Is.EqualTo(new[] { ("2026-05-01", "1000.00"), ("2026-06-01", "500.00") }));
        });
        await (await Procurement.GetAsync($"{Partners}/{Guid.CreateVersion7()}/spend")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Bad_input_a_taken_name_a_stale_etag_and_readers_writing_are_refused_and_change_nothing()
    {
        var partner = await Desk.CreatePartnerAsync("Taken");

        await (await Procurement.PostJsonAsync(Partners, new { name = "X", type = "technology", country = "XX", contacts = new[] { new { name = "A", email = "not-an-email" } } }))
            .ShouldBeValidationProblem("country", "contacts[0].email");
        await (await Procurement.PostJsonAsync(Partners, new { name = "Taken", type = "supplier", country = "DE" })).ShouldBeProblem(HttpStatusCode.Conflict, "partners.duplicate-name");
        await (await Procurement.PostJsonAsync($"{Partners}/{partner.Id()}/status-transitions", new { status = "onboarding" })).ShouldBeValidationProblem("reason");
        await (await Procurement.PostJsonAsync($"{Partners}/{partner.Id()}/status-transitions", new { status = "onboarding", reason = "x" }, "\"9\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        await (await Procurement.GetAsync($"{Partners}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Ops).PostJsonAsync(Partners, new { name = "Ops", type = "supplier", country = "DE" })).ShouldBeProblem(HttpStatusCode.Forbidden);

        var unchanged = await Procurement.GetJsonAsync($"{Partners}/{partner.Id()}");
        Assert.That((unchanged["status"]!.GetValue<string>(), unchanged["version"]!.GetValue<long>()), Is.EqualTo(("prospect", 1L)));
    }
}
