using System.Net;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Partners.Contracts.Events;
using static OpsPlan.IntegrationTests.Partners.PartnerDesk;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>Agreements with SLA targets, the expiring list with notice deadlines, and the expiry announced once.</summary>
public sealed class AgreementsTests(DatabaseProvider provider) : PartnersTest(provider)
{
    [Test]
    public async Task An_agreement_keeps_its_terms_and_targets_and_shows_its_state_and_notice_deadline()
    {
        var partner = await Desk.ActivePartnerAsync();
        var signed = await Desk.SignAsync(partner);
        var listed = await Procurement.GetJsonAsync($"{Partners}/{partner}/agreements");

        Assert.Multiple(() =>
        {
            Assert.That((signed["state"]!.GetValue<string>(), signed["noticeDeadline"]!.GetValue<string>()), Is.EqualTo(("active", "2027-10-02")));
            Assert.That(signed["slaTargets"]!.AsArray().Select(target => target!["metric"]!.GetValue<string>()), Is.EqualTo(new[] { "uptime-percent", "response-hours" }));
            Assert.That(signed["value"]!["amount"]!.GetValue<string>(), Is.EqualTo("480000.00"));
            Assert.That(listed["items"]!.AsArray().Select(item => item!.Id()), Is.EqualTo(new[] { signed.Id() }));
        });
    }

    [Test]
    public async Task Expiring_agreements_are_listed_by_window_and_announced_once_when_their_notice_window_opens()
    {
        var partner = await Desk.ActivePartnerAsync();
        var soon = await Desk.SignAsync(partner, Agreement(end: "2026-07-10", noticeDays: 0));
        var later = await Desk.SignAsync(partner, Agreement(end: "2026-08-30", noticeDays: 60));
        await Desk.SignAsync(partner, Agreement(end: "2027-06-30"));

        var within30 = await Procurement.GetJsonAsync($"{Module}/agreements/expiring");
        var within90 = await Procurement.GetJsonAsync($"{Module}/agreements/expiring?within=90");
        var announced = await (await Procurement.PostJsonAsync($"{Module}/agreements/expiring/notify", new { })).ShouldHaveStatus(HttpStatusCode.OK);
        var again = await (await Procurement.PostJsonAsync($"{Module}/agreements/expiring/notify", new { })).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Multiple(async () =>
        {
            Assert.That(within30.AsArray().Select(item => item!["agreementId"]!.GetValue<string>()), Is.EqualTo(new[] { soon.Id() }));
            Assert.That(within90.AsArray().Select(item => item!["agreementId"]!.GetValue<string>()), Is.EqualTo(new[] { soon.Id(), later.Id() }));
            Assert.That((within90[1]!["noticeDeadline"]!.GetValue<string>(), within90[1]!["daysToNoticeDeadline"]!.GetValue<int>(), within90[1]!["daysLeft"]!.GetValue<int>()),
                Is.EqualTo(("2026-07-01", 16, 76)));
            Assert.That((announced["published"]!.GetValue<int>(), again["published"]!.GetValue<int>()), Is.EqualTo((2, 0)),
                "both are within 30 days of their notice deadline; each is announced once");
            Assert.That(await Api.PublishedAsync<AgreementExpiring>("partners"), Is.EqualTo(2));
        });
        await (await Procurement.GetAsync($"{Module}/agreements/expiring?within=45")).ShouldBeValidationProblem("within");
    }

    [Test]
    public async Task Terms_out_of_order_a_repeated_metric_and_a_terminated_partner_are_refused_and_sign_nothing()
    {
        var partner = (await Desk.CreatePartnerAsync()).Id();
        var agreements = $"{Partners}/{partner}/agreements";

        await (await Procurement.PostJsonAsync(agreements, new { title = "x", type = "supply", startDate = "2026-05-01", endDate = "2026-04-30", noticeDays = 400 }))
            .ShouldBeValidationProblem("endDate", "noticeDays");
        await (await Procurement.PostJsonAsync(agreements, new
        {
            title = "x", type = "supply", startDate = "2026-05-01", endDate = "2026-12-31",
            slaTargets = new[] { new { metric = "defect-rate", target = 0.02m, comparison = "at-most" }, new { metric = "defect-rate", target = 0.01m, comparison = "at-most" } },
        })).ShouldBeValidationProblem("slaTargets");
        await (await Desk.MoveAsync(partner, "terminated")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await Procurement.PostJsonAsync(agreements, Agreement())).ShouldBeProblem(HttpStatusCode.Conflict, "partners.partner-terminated");

        Assert.That((await Procurement.GetJsonAsync(agreements))["items"]!.AsArray(), Is.Empty);
    }
}
