using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Partners.Contracts.Events;
using static OpsPlan.IntegrationTests.Partners.PartnerDesk;

namespace OpsPlan.IntegrationTests.Partners;

/// <summary>
/// Partners' events reach Risk only through the outbox: one partner risk per agreement and metric on SLA breaches (re-scored as
/// they repeat, reopened after a person closed it) and one per partner on suspension or termination — each idempotent.
/// </summary>
public sealed class PartnerRiskFlowTests(DatabaseProvider provider) : PartnersTest(provider)
{
    private const string Risks = "/api/v1/risk/risks";

    private HttpClient RiskTeam => Api.ClientFor(Roles.Risk);

    private async Task<List<JsonNode>> PartnerRisksAsync() =>
        (await RiskTeam.GetJsonAsync($"{Risks}?source=partners"))["items"]!.AsArray().Select(item => item!).ToList();

    private async Task CloseAsync(JsonNode risk)
    {
        var path = new[] { "identified", "assessed", "accepted", "closed" };
        foreach (var status in path.SkipWhile(status => status != risk["status"]!.GetValue<string>()).Skip(1))
        {
            var current = await RiskTeam.GetAsync($"{Risks}/{risk.Id()}");
            await (await RiskTeam.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status, reason = "Handled with the partner." }, current.Headers.ETag!.Tag))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task Breaches_raise_one_risk_per_agreement_and_metric_rescored_as_they_repeat_and_reopened_after_closing()
    {
        var partner = await Desk.ActivePartnerAsync();
        var agreement = (await Desk.SignAsync(partner)).Id();
        var integrator = Api.ClientFor(Roles.Integrator);

        await MeasureAsync(integrator, Measurement(agreement, "uptime-percent", "2026-03", 99.0m));
        await Api.DeliverOutboxAsync();
        var raised = (await PartnerRisksAsync()).Single();
        var redelivered = await Api.RedeliverAsync<SlaBreached>("partners");
        var afterRedelivery = (await RiskTeam.GetJsonAsync($"{Risks}/{raised.Id()}/assessments"))["items"]!.AsArray().Count;
        await MeasureAsync(integrator, Measurement(agreement, "uptime-percent", "2026-04", 98.0m));
        await Api.DeliverOutboxAsync();
        var rescored = (await PartnerRisksAsync()).Single();
        await CloseAsync(rescored);
        await MeasureAsync(integrator, Measurement(agreement, "uptime-percent", "2026-05", 97.0m), Measurement(agreement, "response-hours", "2026-05", 9m));
        await Api.DeliverOutboxAsync();
        var risks = await PartnerRisksAsync();

        Assert.Multiple(() =>
        {
            Assert.That((raised["category"]!.GetValue<string>(), raised["sourceReference"]!.GetValue<string>()), Is.EqualTo(("partner", $"agreement:{agreement}:uptime-percent")));
            Assert.That(redelivered, Is.GreaterThan(0));
            Assert.That(afterRedelivery, Is.EqualTo(1), "the redelivered breach was recognised by the inbox");
            Assert.That(rescored["likelihood"]!.GetValue<int>(), Is.GreaterThan(raised["likelihood"]!.GetValue<int>()), "two breached months in a row");
            Assert.That(risks, Has.Count.EqualTo(2), "uptime and response hours are separate risks");
            Assert.That(risks.Single(risk => risk.Id() == raised.Id())["status"]!.GetValue<string>(), Is.EqualTo("assessed"),
                "a breach after a person closed the risk reopens it, re-assessed");
        });
    }

    [Test]
    public async Task A_suspension_then_a_termination_raise_and_rescore_one_risk_per_partner()
    {
        var partner = await Desk.ActivePartnerAsync();
        await (await Desk.MoveAsync(partner, "suspended", "Data leak under investigation.")).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverOutboxAsync();
        var suspended = (await PartnerRisksAsync()).Single();
        await (await Desk.MoveAsync(partner, "terminated", "Leak confirmed.")).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverOutboxAsync();
        await Api.RedeliverAsync<PartnerTerminated>("partners");
        var terminated = (await PartnerRisksAsync()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(suspended["sourceReference"]!.GetValue<string>(), Is.EqualTo($"partner:{partner}"));
            Assert.That(terminated.Id(), Is.EqualTo(suspended.Id()));
            Assert.That((terminated["title"]!.GetValue<string>(), terminated["score"]!.GetValue<int>()), Is.EqualTo(("CloudHost Asia is suspended", 20)),
                "the title stays the first report's; the score is the termination's 5 × 4");
        });
    }
}
