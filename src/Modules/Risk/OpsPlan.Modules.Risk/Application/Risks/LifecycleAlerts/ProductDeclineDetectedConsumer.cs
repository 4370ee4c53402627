using System.Globalization;
using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Events;
using OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Risks.LifecycleAlerts;

/// <summary>
/// A declining product becomes one market risk per product, raised the first time and re-scored as the decline goes
/// on (a closed one is reopened). The inbox makes a redelivered event a no-op.
/// </summary>
internal sealed class ProductDeclineDetectedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<ProductDeclineDetected>(context)
{
    public const string Source = "lifecycle";

    public static string SourceReference(Guid productId) => $"product:{productId:D}";

    protected override Task HandleOnceAsync(ProductDeclineDetected declined, CancellationToken cancellationToken)
    {
        var signals = string.Join("; ", declined.Signals.Select(signal =>
            $"{(signal.Metric == DeclineMetric.ActiveUsers ? "active users" : "revenue")} down {(-signal.ChangePercent).ToString("0.##", CultureInfo.InvariantCulture)} % "
            + $"over {signal.ConsecutiveFalls} months"));
        var (likelihood, impact) = Score(declined.Signals, declined.Recommendation);
        return dispatcher.SendAsync(new RaiseSourcedRiskCommand(
            Source,
            SourceReference(declined.ProductId),
            $"{declined.Name} is declining",
            $"{declined.Name} met the decline rule for {declined.Month:yyyy-MM}: {signals}. Lifecycle advises: {EnumText.ToText(declined.Recommendation)}.",
            RiskCategory.Market,
            declined.Owner,
            likelihood,
            impact,
            $"Lifecycle reported a decline for {declined.Month:yyyy-MM}."), cancellationToken);
    }

    /// <summary>Likelier when users and revenue both fall or retirement is advised; worse the steeper the fall.</summary>
    internal static (int Likelihood, int Impact) Score(IReadOnlyList<DeclineSignal> signals, HealthRecommendation recommendation)
    {
        var likelihood = recommendation == HealthRecommendation.PlanRetirement ? 5 : signals.Count > 1 ? 4 : 3;
        var steepest = signals.Count == 0 ? 0 : signals.Max(signal => -signal.ChangePercent);
        var impact = steepest switch
        {
            >= 40 => 5,
            >= 20 => 4,
            _ => 3,
        };
        return (likelihood, impact);
    }
}
