using System.Globalization;
using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Events;
using OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Risks.FinanceAlerts;

/// <summary>
/// A budget line over its threshold becomes one financial risk per budget line, raised the first time and
/// re-scored when it worsens. The inbox makes a redelivered event a no-op.
/// </summary>
internal sealed class BudgetThresholdCrossedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<BudgetThresholdCrossed>(context)
{
    public const string Source = "finance";

    public static string SourceReference(Guid budgetId, SpendCategory category) => $"budget:{budgetId}:{EnumText.ToText(category)}";

    protected override Task HandleOnceAsync(BudgetThresholdCrossed crossed, CancellationToken cancellationToken)
    {
        var (likelihood, impact) = Score(crossed.PercentConsumed);
        var percent = crossed.PercentConsumed.ToString("0.##", CultureInfo.InvariantCulture);
        var category = EnumText.ToText(crossed.Category);
        var description = $"{crossed.CostCenterCode} {category} budget for {crossed.Period}: {crossed.Actual} spent of {crossed.Budgeted} ({percent} %), "
            + (crossed.State == BudgetLineState.Over
                ? $"over budget by {crossed.Actual.Subtract(crossed.Budgeted)}."
                : $"past the {crossed.WarningThresholdPercent.ToString("0.##", CultureInfo.InvariantCulture)} % warning threshold; {crossed.Budgeted.Subtract(crossed.Actual)} left.");
        return dispatcher.SendAsync(new RaiseSourcedRiskCommand(
            Source,
            SourceReference(crossed.BudgetId, crossed.Category),
            $"{crossed.CostCenterCode} {category} budget {(crossed.State == BudgetLineState.Over ? "overrun" : "nearly spent")} ({crossed.Period})",
            description,
            RiskCategory.Financial,
            crossed.CostCenterOwner,
            likelihood,
            impact,
            $"Finance reported the line at {percent} % of budget."), cancellationToken);
    }

    /// <summary>The score grows with the overrun: a warning is likely trouble; far over budget is almost certain and severe.</summary>
    internal static (int Likelihood, int Impact) Score(decimal percentConsumed) => percentConsumed switch
    {
        < 100m => (3, 2),
        < 110m => (4, 3),
        < 125m => (5, 4),
        _ => (5, 5),
    };
}
