using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Domain.Budgets;
using OpsPlan.Modules.Finance.Domain.CostCenters;
using OpsPlan.Modules.Finance.Domain.Transactions;
using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Domain.Incidents;
using OpsPlan.Modules.Risk.Domain.Mitigations;
using OpsPlan.Modules.Risk.Domain.Risks;
using RiskAggregate = OpsPlan.Modules.Risk.Domain.Risks.Risk;

namespace OpsPlan.UnitTests.Versions;

/// <summary>
/// A command that changes an aggregate more than once still saves it as one new version, and the aggregate keeps the
/// version it was loaded at, which the repository's update checks (<c>WHERE version = @LoadedVersion</c>).
/// </summary>
public sealed class OneCommandOneVersionTests
{
    private const long Loaded = 7;
    private static readonly DateTime Then = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = Then.AddDays(30);

    private static AggregateState Saved() => AggregateState.Loaded(Guid.CreateVersion7(), Then, Then, Loaded);

    private static void AssertOneNewVersion(AggregateRoot aggregate)
    {
        Assert.Multiple(() =>
        {
            Assert.That(aggregate.LoadedVersion, Is.EqualTo(Loaded), "the version the update's check names");
            Assert.That(aggregate.Version, Is.EqualTo(Loaded + 1), "the version saved and sent as the ETag");
            Assert.That(aggregate.UpdatedAt, Is.EqualTo(Now));
            Assert.That(aggregate.CreatedAt, Is.EqualTo(Then));
        });
    }

    [Test]
    public void A_closed_risk_reported_again_is_reopened_and_rescored_as_one_version()
    {
        var risk = RiskAggregate.Restore(Saved(), "Budget over", "old", RiskCategory.Financial, "cfo", new RiskScore(3, 3), null,
            RiskStatus.Closed, null, "finance", "budget:b:marketing");

        risk.ReportedAgain(new RiskScore(4, 4), "new", "Over budget.", "finance", Now);

        Assert.That(risk.Status, Is.EqualTo(RiskStatus.Assessed));
        AssertOneNewVersion(risk);
    }

    [Test]
    public void A_mitigation_changed_and_moved_in_one_command_is_one_version()
    {
        var mitigation = Mitigation.Restore(Saved(), Guid.CreateVersion7(), "Act", "owner", null, MitigationStatus.Planned, null);

        mitigation.UpdateDetails("Act sooner", "owner", null, Now);
        mitigation.TransitionTo(MitigationStatus.InProgress, Now);

        AssertOneNewVersion(mitigation);
    }

    [Test]
    public void An_incident_moved_twice_in_one_command_is_one_version()
    {
        var incident = Incident.Restore(Saved(), "Outage", null, IncidentType.Outage, IncidentSeverity.Sev1, IncidentStatus.Detected,
            "commander", Then, null, null, null, null, []);

        incident.TransitionTo(IncidentStatus.Confirmed, null, "responder", Now);
        incident.LinkRisk(Guid.CreateVersion7(), Now);

        AssertOneNewVersion(incident);
    }

    [Test]
    public void A_draft_budget_replaced_and_submitted_in_one_command_is_one_version()
    {
        Assert.That(FiscalPeriod.TryParse("2026-01", out var period), Is.True);
        var budget = Budget.Restore(Saved(), Guid.CreateVersion7(), period, "EUR", BudgetStatus.Draft, 80m,
            [new BudgetLine(SpendCategory.Marketing, Money.Of(100m, "EUR"), BudgetLineState.Ok)]);

        budget.Replace(90m, [(SpendCategory.Marketing, Money.Of(200m, "EUR"))], Now);
        budget.TransitionTo(BudgetStatus.Submitted, Now);

        AssertOneNewVersion(budget);
    }

    [Test]
    public void A_cost_center_updated_twice_in_one_command_is_one_version()
    {
        var costCenter = CostCenter.Restore(Saved(), "OPS", "Operations", "owner", null, false);

        costCenter.Update("Ops", "owner", null, [], false, Now);
        costCenter.Update("Ops", "owner", null, [], true, Now);

        AssertOneNewVersion(costCenter);
    }

    [Test]
    public void A_transaction_replaced_twice_in_one_command_is_one_version()
    {
        var details = new TransactionDetails(new DateOnly(2026, 1, 5), Guid.CreateVersion7(), SpendCategory.Marketing, TransactionDirection.Outflow,
            Money.Of(10m, "EUR"), null, null, null, "Ads", null);
        var transaction = Transaction.Restore(Saved(), "T-1", details);

        transaction.Replace(details with { Amount = Money.Of(11m, "EUR") }, Now);
        transaction.Replace(details with { Amount = Money.Of(12m, "EUR") }, Now);

        AssertOneNewVersion(transaction);
    }

    [Test]
    public void A_new_aggregate_changed_before_it_is_saved_is_still_inserted_at_version_1()
    {
        var costCenter = CostCenter.Open("NEW", "New", "owner", null, Then);

        costCenter.Update("Newer", "owner", null, [], false, Now);

        Assert.That((costCenter.LoadedVersion, costCenter.Version), Is.EqualTo((0L, 1L)));
    }
}
