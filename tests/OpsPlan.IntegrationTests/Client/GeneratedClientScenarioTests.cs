using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Client.Generated;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Client;

/// <summary>
/// Drives every endpoint family through the client NSwag generated from the OpenAPI document. Each call succeeds
/// only if the document's paths, parameters, bodies, formats and responses are what the server really does; the
/// refusals check that documented problem responses arrive as the client expects them.
/// </summary>
public sealed class GeneratedClientScenarioTests(DatabaseProvider provider) : ClockedApiTest(provider, Start, running: true)
{
    private static readonly DateTime Start = new(2026, 10, 5, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset Today = new(Start.Date, TimeSpan.Zero);

    private OpsPlanClient Client(string role) => new(Api.ClientFor(role));

    private static Money Usd(string amount) => new() { Amount = amount, Currency = "USD" };

    [Test]
    public async Task The_risk_register_end_to_end()
    {
        var client = Client(Roles.Risk);

        var risk = await client.CreateRiskAsync(new CreateRiskCommand
        {
            Title = "Payment provider outage", Description = "Single provider.", Category = "operational", Owner = "cto@example.com",
            Likelihood = 3, Impact = 5, NextReviewDate = Today.AddDays(30),
        });
        var read = await client.GetRiskAsync(risk.Id);
        var page = await client.ListRisksAsync(owner: "cto@example.com", limit: 10);
        var replaced = await client.ReplaceRiskAsync(risk.Id, new UpdateRiskRequest { Title = "Payment provider outage (EU)", Category = "operational", Owner = "cto@example.com" });
        var patched = await client.PatchRiskAsync(risk.Id, new UpdateRiskPatch { Title = "Payment outage" });
        var assessment = await client.AssessRiskAsync(risk.Id, new AssessRiskRequest { Likelihood = 4, Impact = 5, Rationale = "Second outage this quarter." });
        var assessments = await client.ListRiskAssessmentsAsync(risk.Id);
        var oneAssessment = await client.GetRiskAssessmentAsync(risk.Id, assessment.Id);
        var moved = await client.TransitionRiskStatusAsync(risk.Id, new RiskStatusTransitionRequest { Status = "mitigating" });

        var mitigation = await client.AddMitigationAsync(risk.Id, new MitigationRequest { Action = "Add a second provider", Owner = "cto@example.com", DueDate = Today.AddDays(60) });
        await client.ReplaceMitigationAsync(risk.Id, mitigation.Id, new MitigationRequest { Action = "Add a second provider (Adyen)", Owner = "cto@example.com", DueDate = Today.AddDays(60) });
        await client.PatchMitigationAsync(risk.Id, mitigation.Id, new MitigationPatch { Action = "Add Adyen", DueDate = Today.AddDays(45) });
        await client.TransitionMitigationStatusAsync(risk.Id, mitigation.Id, new MitigationStatusTransitionRequest { Status = "in-progress" });
        var mitigations = await client.ListRiskMitigationsAsync(risk.Id);
        var allMitigations = await client.ListMitigationsAsync(owner: "cto@example.com");
        var oneMitigation = await client.GetMitigationAsync(risk.Id, mitigation.Id);

        var heatmap = await client.GetRiskHeatmapAsync();
        var summary = await client.GetRiskSummaryAsync();

        Assert.Multiple(() =>
        {
            Assert.That(read.Title, Is.EqualTo("Payment provider outage"));
            Assert.That(page.Items, Has.Count.EqualTo(1));
            Assert.That(replaced.Version, Is.EqualTo(2));
            Assert.That(patched.Title, Is.EqualTo("Payment outage"));
            Assert.That(assessments.Items, Has.Count.EqualTo(2));
            Assert.That(oneAssessment.Id, Is.EqualTo(assessment.Id));
            Assert.That(moved.Status, Is.EqualTo(RiskStatus.Mitigating));
            Assert.That(mitigations.Items.Single().Id, Is.EqualTo(mitigation.Id));
            Assert.That(allMitigations.Items, Has.Count.EqualTo(1));
            Assert.That(oneMitigation.Action, Is.EqualTo("Add Adyen"));
            Assert.That(heatmap.Cells, Has.Count.EqualTo(25));
            Assert.That(summary.Total, Is.EqualTo(1));
        });

        var missing = Assert.ThrowsAsync<ApiException<Problem>>(() => client.GetRiskAsync(Guid.CreateVersion7()));
        Assert.That(missing!.StatusCode, Is.EqualTo(404));
        var refused = Assert.ThrowsAsync<ApiException<Problem>>(() => client.TransitionRiskStatusAsync(risk.Id, new RiskStatusTransitionRequest { Status = "closed" }));
        Assert.That(refused!.StatusCode, Is.EqualTo(409));
    }

    [Test]
    public async Task Incidents_from_detection_to_post_mortem()
    {
        var client = Client(Roles.Risk);
        var risk = await client.CreateRiskAsync(new CreateRiskCommand { Title = "Database failover", Category = "technology", Owner = "sre@example.com", Likelihood = 2, Impact = 4 });

        var incident = await client.OpenIncidentAsync(new OpenIncidentCommand
        {
            Title = "Checkout down", Type = "outage", Severity = "sev1", Commander = "sre@example.com", DetectedAt = Time.GetUtcNow().AddMinutes(-30),
        });
        await client.ReplaceIncidentAsync(incident.Id, new IncidentRequest { Title = "Checkout down in EU", Type = "outage", Severity = "sev1", Commander = "sre@example.com" });
        await client.PatchIncidentAsync(incident.Id, new IncidentPatch { Title = "Checkout down (EU)" });
        await client.AddTimelineEntryAsync(incident.Id, new TimelineEntryRequest { Entry = "Failover started." });
        await client.LinkRiskAsync(incident.Id, new LinkRiskRequest { RiskId = risk.Id });
        foreach (var status in new[] { "confirmed", "responding", "repairing", "recovered" })
        {
            await client.TransitionIncidentStatusAsync(incident.Id, new IncidentStatusTransitionRequest { Status = status });
        }

        await client.RecordPostMortemAsync(incident.Id, new PostMortemRequest { RootCause = "Replica lag.", Lessons = "Alert on lag.", FollowUpActions = ["Add lag alert"] });
        await client.UnlinkRiskAsync(incident.Id, risk.Id);
        await client.TransitionIncidentStatusAsync(incident.Id, new IncidentStatusTransitionRequest { Status = "closed" });
        var read = await client.GetIncidentAsync(incident.Id);
        var timeline = await client.ListTimelineAsync(incident.Id);
        var listed = await client.ListIncidentsAsync();
        var metrics = await client.GetIncidentMetricsAsync(Today.AddDays(-30), Today.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(read.Title, Is.EqualTo("Checkout down (EU)"));
            Assert.That(read.Status, Is.EqualTo(IncidentStatus.Closed));
            Assert.That(timeline.Items, Is.Not.Empty);
            Assert.That(listed.Items, Has.Count.EqualTo(1));
            Assert.That(metrics, Is.Not.Null);
        });
    }

    [Test]
    public async Task Finance_from_cost_center_to_runway()
    {
        var client = Client(Roles.Finance);
        var costCenter = await client.CreateCostCenterAsync(new CreateCostCenterCommand { Code = "MKT", Name = "Marketing", Owner = "cmo@example.com" });
        await client.ReplaceCostCenterAsync(costCenter.Id, new CostCenterRequest { Name = "Marketing EU", Owner = "cmo@example.com" });
        await client.PatchCostCenterAsync(costCenter.Id, new CostCenterPatch { Name = "Marketing Europe" });
        var spare = await client.CreateCostCenterAsync(new CreateCostCenterCommand { Code = "SPARE", Name = "Spare", Owner = "cfo@example.com" });
        await client.DeleteCostCenterAsync(spare.Id);

        var period = Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var budget = await client.CreateBudgetAsync(new CreateBudgetCommand
        {
            CostCenterId = costCenter.Id, Period = period, Currency = "USD", Lines = [new BudgetLineDto { Category = SpendCategory.Marketing, Amount = Usd("1000.00") }],
        });
        await client.ReplaceBudgetAsync(budget.Id, new BudgetRequest { WarningThresholdPercent = 75, Lines = [new BudgetLineDto { Category = SpendCategory.Marketing, Amount = Usd("1200.00") }] });
        await client.TransitionBudgetStatusAsync(budget.Id, new BudgetStatusTransitionRequest { Status = "submitted" });
        await client.TransitionBudgetStatusAsync(budget.Id, new BudgetStatusTransitionRequest { Status = "approved" });
        var revision = await client.ReviseBudgetAsync(budget.Id, new BudgetRevisionRequest { Lines = [new BudgetLineDto { Category = SpendCategory.Marketing, Amount = Usd("1500.00") }], Reason = "More reach." });

        var account = await client.CreateCashAccountAsync(new CreateCashAccountCommand { Name = "Operating", OpeningBalance = Usd("10000.00"), OpenedOn = Today.AddMonths(-4) });
        await client.SyncExchangeRatesAsync(new ExchangeRateBatchRequest { Items = [new ExchangeRateSyncItem { Currency = "EUR", EffectiveOn = Today.AddMonths(-4), Rate = "1.1" }] });
        var single = await client.CreateTransactionAsync(new CreateTransactionCommand
        {
            ExternalId = "ERP-1", OccurredOn = Today, CostCenterId = costCenter.Id, Category = SpendCategory.Marketing, Direction = TransactionDirection.Outflow,
            Amount = Usd("300.00"), CashAccountId = account.Id, Description = "Ads",
        });
        var batch = await client.SyncTransactionsAsync(new TransactionBatchRequest
        {
            Items =
            [
                new TransactionSyncItem
                {
                    ExternalId = "ERP-2", OccurredOn = Today, CostCenterId = costCenter.Id, Category = SpendCategory.Marketing, Direction = TransactionDirection.Outflow,
                    Amount = Usd("900.00"), CashAccountId = account.Id, Description = "Ads",
                },
                new TransactionSyncItem
                {
                    ExternalId = "ERP-3", OccurredOn = Today, CostCenterId = Guid.CreateVersion7(), Category = SpendCategory.Other, Direction = TransactionDirection.Outflow,
                    Amount = Usd("1.00"), Description = "Unknown cost center",
                },
            ],
        });

        var variance = await client.GetBudgetVarianceAsync(budget.Id);
        var flow = await client.GetCashFlowAsync(Today.AddMonths(-3), Today, Granularity.Month);
        var runway = await client.GetRunwayAsync();
        var spend = await client.GetSpendSummaryAsync(period);
        var transactions = await client.ListTransactionsAsync(costCenterId: costCenter.Id, from: Today.AddDays(-1), to: Today);

        Assert.Multiple(async () =>
        {
            Assert.That(revision.Changes.Single().Amount.Amount, Is.EqualTo("1500.00"));
            Assert.That(batch.Items.Select(item => item.Status), Is.EqualTo(new[] { BatchItemStatus.Created, BatchItemStatus.Failed }));
            Assert.That(variance.Lines.Single().Actual.Amount, Is.EqualTo("1200.00"));
            Assert.That(variance.Lines.Single().State, Is.EqualTo(BudgetLineState.Warning));
            Assert.That(flow.Total.Buckets.Last().Balance.Amount, Is.EqualTo("8800.00"));
            Assert.That(runway.Cash.Amount, Is.EqualTo("8800.00"));
            Assert.That(spend.Total.Net.Amount, Is.EqualTo("1200.00"));
            Assert.That(transactions.Items, Has.Count.EqualTo(2));
            Assert.That((await client.GetTransactionAsync(single.Id)).ExternalId, Is.EqualTo("ERP-1"));
            Assert.That((await client.GetCashAccountAsync(account.Id)).OpeningBalance.Amount, Is.EqualTo("10000.00"));
            Assert.That((await client.ListCashAccountsAsync()).Items, Has.Count.EqualTo(1));
            Assert.That((await client.ListExchangeRatesAsync(currency: "EUR")).Items.Single().Rate, Is.EqualTo("1.1"));
            Assert.That((await client.ListBudgetsAsync(costCenterId: costCenter.Id)).Items, Has.Count.EqualTo(1));
            Assert.That((await client.GetBudgetAsync(budget.Id)).Total.Amount, Is.EqualTo("1500.00"));
            Assert.That((await client.ListBudgetRevisionsAsync(budget.Id)).Items, Has.Count.EqualTo(1));
            Assert.That((await client.ListCostCentersAsync(roots: true)).Items.Single().Name, Is.EqualTo("Marketing Europe"));
            Assert.That((await client.GetCostCenterAsync(costCenter.Id)).Code, Is.EqualTo("MKT"));
        });
    }

    [Test]
    public async Task Admin_issues_and_revokes_integrator_keys_and_reads_the_audit_trail()
    {
        var admin = Client(Roles.Admin);

        var created = await admin.CreateApiKeyAsync(new CreateApiKeyCommand { Name = "ERP sync", Roles = [Roles.Integrator] });
        var listed = await admin.ListApiKeysAsync();
        var read = await admin.GetApiKeyAsync(created.Id);
        await admin.RevokeApiKeyAsync(created.Id);
        var audit = await admin.ListAuditEntriesAsync(module: "access");

        Assert.Multiple(() =>
        {
            Assert.That(created.Key, Does.StartWith("opk_"));
            Assert.That(listed.Items, Has.Count.EqualTo(1));
            Assert.That(read.Name, Is.EqualTo("ERP sync"));
            Assert.That(audit.Items, Is.Not.Empty);
        });
    }
}
