using OpsPlan.BuildingBlocks.Inbox;
using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Events;
using OpsPlan.Modules.Risk.Application.Risks.RaiseSourcedRisk;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.Modules.Risk.Application.Risks.OverseasAlerts;

/// <summary>
/// An open critical compliance gap is one compliance risk per item, owned by the market's owner: raised the first
/// time, re-scored whenever the item changes while open (likelier as a plain gap than in progress). When the gap is
/// closed nothing is sent: a person closes the risk once satisfied. The inbox makes a redelivered event a no-op.
/// </summary>
internal sealed class CriticalComplianceGapOpenedConsumer(InboxContext context, IDispatcher dispatcher) : IdempotentIntegrationEventHandler<CriticalComplianceGapOpened>(context)
{
    public const string Source = "overseas";

    // Breaking a critical requirement can stop a market (fines, a ban): the impact is the highest.
    private const int Impact = 5;

    public static string SourceReference(Guid itemId) => $"compliance-item:{itemId:D}";

    protected override Task HandleOnceAsync(CriticalComplianceGapOpened gap, CancellationToken cancellationToken)
    {
        var status = EnumText.ToText(gap.Status);
        var due = gap.DueDate is { } date ? $" Due {date:yyyy-MM-dd}." : "";
        return dispatcher.SendAsync(new RaiseSourcedRiskCommand(
            Source,
            SourceReference(gap.ItemId),
            $"Critical {gap.Regulation} gap in {gap.Country}",
            $"{gap.Country} does not yet meet a critical {gap.Regulation} requirement ({status}): {gap.Requirement}{due} The market cannot launch while it is open.",
            RiskCategory.Compliance,
            gap.Owner,
            gap.Status == ComplianceStatus.InProgress ? 3 : 4,
            Impact,
            $"Overseas reported the critical {gap.Regulation} item as {status}."), cancellationToken);
    }
}
