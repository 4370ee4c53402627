using System.Globalization;
using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Partners.Contracts;
using OpsPlan.Modules.Partners.Contracts.Events;
using OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Risks.PartnerAlerts;

/// <summary>
/// An SLA breach becomes one partner risk per agreement and metric, raised at the first breach and re-scored as breaches
/// repeat (a closed one is reopened). The inbox makes a redelivered event a no-op.
/// </summary>
internal sealed class SlaBreachedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<SlaBreached>(context)
{
    public const string Source = "partners";

    // The partners team owns supplier risk; a person re-assigns it if needed.
    public const string Owner = "partners";

    public static string SourceReference(Guid agreementId, SlaMetric metric) => $"agreement:{agreementId:D}:{EnumText.ToText(metric)}";

    protected override Task HandleOnceAsync(SlaBreached breached, CancellationToken cancellationToken)
    {
        var metric = EnumText.ToText(breached.Metric);
        var promise = breached.Comparison == SlaComparison.AtLeast ? "at least" : "at most";
        var value = breached.Value.ToString("0.####", CultureInfo.InvariantCulture);
        var target = breached.Target.ToString("0.####", CultureInfo.InvariantCulture);
        return dispatcher.SendAsync(new RaiseSourcedRiskCommand(
            Source,
            SourceReference(breached.AgreementId, breached.Metric),
            $"{breached.PartnerName} misses its {metric} SLA",
            $"{breached.PartnerName} measured {value} for {metric} in {breached.Period} under '{breached.AgreementTitle}', promised {promise} {target}; "
                + $"{breached.ConsecutiveBreaches} month(s) in a row.",
            RiskCategory.Partner,
            Owner,
            Math.Min(5, 2 + breached.ConsecutiveBreaches),
            3,
            $"Partners reported a {metric} breach for {breached.Period}."), cancellationToken);
    }
}
