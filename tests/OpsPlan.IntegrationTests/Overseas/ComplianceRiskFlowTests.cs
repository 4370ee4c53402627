using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Overseas.Contracts.Events;

namespace OpsPlan.IntegrationTests.Overseas;

/// <summary>
/// Compliance items through their workflow, and the one compliance risk per open critical gap that Risk keeps through
/// the outbox: raised, re-scored as the item changes, idempotent under redelivery, left for a person to close.
/// </summary>
public sealed class ComplianceRiskFlowTests(DatabaseProvider provider) : OverseasTest(provider)
{
    private const string Risks = "/api/v1/risk/risks";

    private HttpClient RiskTeam => Api.ClientFor(Roles.Risk);

    private async Task<List<JsonNode>> OverseasRisksAsync() =>
        (await RiskTeam.GetJsonAsync($"{Risks}?source=overseas"))["items"]!.AsArray().Select(item => item!).ToList();

    private async Task<int> AssessmentsOfAsync(JsonNode risk) => (await RiskTeam.GetJsonAsync($"{Risks}/{risk.Id()}/assessments"))["items"]!.AsArray().Count;

    [Test]
    public async Task A_critical_gap_raises_one_compliance_risk_rescored_as_it_changes_and_left_open_when_the_gap_closes()
    {
        var market = (await OpenMarketAsync()).Id();
        var item = await RecordItemAsync(market);
        await RecordItemAsync(market, "high", requirement: "Cookie banner.");
        await Api.DeliverOutboxAsync();
        var raised = (await OverseasRisksAsync()).Single();
        var redelivered = await Api.RedeliverAsync<CriticalComplianceGapOpened>("overseas");
        var afterRedelivery = await AssessmentsOfAsync(raised);

        await (await MoveItemAsync(market, item.Id(), "in-progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverOutboxAsync();
        var inProgress = (await OverseasRisksAsync()).Single();
        await (await MoveItemAsync(market, item.Id(), "compliant")).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverOutboxAsync();
        var afterClosing = (await OverseasRisksAsync()).Single();

        Assert.Multiple(async () =>
        {
            Assert.That((raised["category"]!.GetValue<string>(), raised["sourceReference"]!.GetValue<string>(), raised["owner"]!.GetValue<string>()),
                Is.EqualTo(("compliance", $"compliance-item:{item.Id()}", "latam@example.com")));
            Assert.That((raised["title"]!.GetValue<string>(), raised["likelihood"]!.GetValue<int>(), raised["impact"]!.GetValue<int>()),
                Is.EqualTo(("Critical LGPD gap in BR", 4, 5)));
            Assert.That(redelivered, Is.GreaterThan(0));
            Assert.That(afterRedelivery, Is.EqualTo(1), "the redelivered gap was recognised by the inbox");
            Assert.That((inProgress.Id(), inProgress["likelihood"]!.GetValue<int>(), await AssessmentsOfAsync(inProgress)), Is.EqualTo((raised.Id(), 3, 2)));
            Assert.That((afterClosing["status"]!.GetValue<string>(), await AssessmentsOfAsync(afterClosing)), Is.EqualTo((inProgress["status"]!.GetValue<string>(), 2)),
                "closing the gap sends nothing: a person closes the risk");
            Assert.That(await Api.PublishedAsync<CriticalComplianceGapOpened>("overseas"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task An_item_raised_to_critical_or_changed_while_open_is_announced_again_and_reopening_a_closed_one_too()
    {
        var market = (await OpenMarketAsync()).Id();
        var item = await RecordItemAsync(market, "high");
        var critical = await (await Expansion.PutJsonAsync($"{Markets}/{market}/compliance-items/{item.Id()}",
            new { regulation = "LGPD", requirement = "Appoint a data protection officer.", severity = "critical", dueDate = "2026-08-01", evidence = "Shortlist of two." },
            item.ETag())).ShouldHaveStatus(HttpStatusCode.OK);
        await (await MoveItemAsync(market, item.Id(), "not-applicable", "Below the ANPD's size threshold.")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await MoveItemAsync(market, item.Id(), "gap")).ShouldHaveStatus(HttpStatusCode.OK);
        await Api.DeliverOutboxAsync();

        var risk = (await OverseasRisksAsync()).Single();
        Assert.Multiple(async () =>
        {
            Assert.That((critical["severity"]!.GetValue<string>(), critical["open"]!.GetValue<bool>()), Is.EqualTo(("critical", true)));
            Assert.That(await Api.PublishedAsync<CriticalComplianceGapOpened>("overseas"), Is.EqualTo(2), "on becoming critical and on reopening; not on not-applicable");
            Assert.That(await AssessmentsOfAsync(risk), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Bad_items_and_moves_are_refused_naming_the_field_and_change_nothing()
    {
        var market = (await OpenMarketAsync()).Id();
        var items = $"{Markets}/{market}/compliance-items";
        var item = await RecordItemAsync(market, "medium");

        await (await Expansion.PostJsonAsync(items, new { regulation = "", requirement = "", dueDate = "2026-06-14" }))
            .ShouldBeValidationProblem("regulation", "requirement", "severity");
        await (await Expansion.PostJsonAsync(items, new { regulation = "GDPR", requirement = "x", severity = "fatal" })).ShouldBeValidationProblem("severity");
        await (await Expansion.PostJsonAsync(items, new { regulation = "GDPR", requirement = "Records of processing.", severity = "low", dueDate = "2026-06-14" }))
            .ShouldBeValidationProblem("dueDate");
        await (await MoveItemAsync(market, item.Id(), "not-applicable")).ShouldBeValidationProblem("reason");
        await (await MoveItemAsync(market, item.Id(), "compliant")).ShouldHaveStatus(HttpStatusCode.OK);
        var invalid = await (await MoveItemAsync(market, item.Id(), "in-progress")).ShouldBeProblem(HttpStatusCode.Conflict, "overseas.invalid-transition");
        await (await Expansion.GetAsync($"{items}?severity=fatal")).ShouldBeValidationProblem("severity");
        await (await Expansion.GetAsync($"{Markets}/{Guid.CreateVersion7()}/compliance-items")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Viewer).PostJsonAsync(items, new { regulation = "GDPR", requirement = "x", severity = "low" })).ShouldBeProblem(HttpStatusCode.Forbidden);

        var listed = await Expansion.GetJsonAsync($"{items}?status=compliant&severity=medium");
        Assert.Multiple(() =>
        {
            Assert.That(invalid["reasons"]![0]!.GetValue<string>(), Is.EqualTo("From 'compliant' a compliance item can move to: gap."));
            Assert.That(listed["items"]!.AsArray().Select(entry => (entry!.Id(), entry!["open"]!.GetValue<bool>(), entry["version"]!.GetValue<long>())),
                Is.EqualTo(new[] { (item.Id(), false, 2L) }));
        });
    }
}
