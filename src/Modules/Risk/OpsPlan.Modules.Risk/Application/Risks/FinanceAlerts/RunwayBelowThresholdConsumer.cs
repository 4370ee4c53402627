using System.Globalization;
using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Finance.Contracts.Events;
using OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Risks.FinanceAlerts;

/// <summary>Runway below the alert line becomes the one runway risk, raised once and re-scored each time it falls again.</summary>
internal sealed class RunwayBelowThresholdConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<RunwayBelowThreshold>(context)
{
    public const string SourceReference = "runway";

    // Nobody owns the runway but the finance team; a human re-assigns the risk if needed.
    private const string Owner = "finance";

    protected override Task HandleOnceAsync(RunwayBelowThreshold runway, CancellationToken cancellationToken)
    {
        var months = runway.Months.ToString("0.0", CultureInfo.InvariantCulture);
        var (likelihood, impact) = Score(runway.Months, runway.AlertBelowMonths);
        return dispatcher.SendAsync(new RaiseSourcedRiskCommand(
            BudgetThresholdCrossedConsumer.Source,
            SourceReference,
            $"Cash runway down to {months} months",
            $"On {runway.AsOf:yyyy-MM-dd} cash of {runway.Cash} lasts {months} months at a net burn of {runway.MonthlyNetBurn} a month, "
                + $"below the {runway.AlertBelowMonths}-month alert line.",
            RiskCategory.Financial,
            Owner,
            likelihood,
            impact,
            $"Finance reported a runway of {months} months."), cancellationToken);
    }

    /// <summary>Impact is severe from the start (the company's cash); likelihood grows as the months shrink.</summary>
    internal static (int Likelihood, int Impact) Score(decimal months, int alertBelowMonths) =>
        months < 2m ? (5, 5) : months < alertBelowMonths / 2m ? (4, 5) : (3, 4);
}
