using System.Globalization;
using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Metrics;

/// <summary>
/// What the signals advise (seed ch.5: stop investing in time, move resources, then a phased retirement): no declining
/// metric — keep investing; one — stop investing; both, or a product already in decline whose fall has lasted twice the
/// rule's periods — plan the retirement.
/// </summary>
internal static class ProductHealth
{
    public static (HealthRecommendation Recommendation, IReadOnlyList<string> Reasons) Advise(ProductStage stage, IReadOnlyList<MetricSignal> signals, DeclineRule rule)
    {
        var declining = signals.Where(signal => signal.Declining).ToList();
        var reasons = declining.Select(signal =>
            $"{Name(signal.Metric)} fell {signal.ConsecutiveFalls} months in a row, by {(-(signal.StreakChangePercent ?? 0)).ToString("0.##", CultureInfo.InvariantCulture)} % in all.")
            .ToList();
        if (declining.Count == 0)
        {
            return (HealthRecommendation.KeepInvesting, [$"No metric fell by more than {rule.DropPercent.ToString("0.##", CultureInfo.InvariantCulture)} % for {rule.ConsecutivePeriods} months in a row."]);
        }

        var prolonged = stage == ProductStage.Decline && declining.Any(signal => signal.ConsecutiveFalls >= 2 * rule.ConsecutivePeriods);
        if (declining.Count == signals.Count || prolonged)
        {
            reasons.Add(prolonged && declining.Count < signals.Count
                ? "The product is in decline and its fall has lasted twice the rule's periods: plan its retirement (migration or compensation)."
                : "Both users and revenue are falling: plan the retirement (migration or compensation).");
            return (HealthRecommendation.PlanRetirement, reasons);
        }

        reasons.Add("Stop further investment and move resources to products with more potential.");
        return (HealthRecommendation.StopInvesting, reasons);
    }

    private static string Name(DeclineMetric metric) => metric == DeclineMetric.ActiveUsers ? "Active users" : "Revenue";
}
