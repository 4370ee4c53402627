using OpsPlan.Modules.Overseas.Contracts.Compliance;
using OpsPlan.Modules.Overseas.Domain.Compliance;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Compliance.TransitionComplianceItem;

/// <summary>Moves an item's status; a critical item still open afterwards (in progress, or a gap again) is announced with its new status.</summary>
internal sealed class TransitionComplianceItemCommandHandler(IMarketRepository markets, IComplianceItemRepository items, IOutbox outbox, IClock clock)
    : ICommandHandler<TransitionComplianceItemCommand, ComplianceItemDto>
{
    public async Task<ComplianceItemDto> Handle(TransitionComplianceItemCommand request, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(request.MarketId, request.Id, request.ExpectedVersion, cancellationToken);
        item.MoveTo(request.Status!.Value, request.Reason, clock.UtcNow);
        await items.UpdateAsync(item, cancellationToken);
        await outbox.AnnounceIfOpenCriticalAsync(item, await markets.GetAsync(item.MarketId, null, cancellationToken), cancellationToken);
        return ComplianceItemRow.ToDto(item);
    }
}
