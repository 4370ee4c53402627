using OpsPlan.Modules.Overseas.Contracts.Compliance;
using OpsPlan.Modules.Overseas.Domain.Compliance;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Compliance.UpdateComplianceItem;

/// <summary>Changes an item; one that is (or became) critical while open is announced again, so its risk is re-scored.</summary>
internal sealed class UpdateComplianceItemCommandHandler(IMarketRepository markets, IComplianceItemRepository items, IOutbox outbox, IClock clock)
    : ICommandHandler<UpdateComplianceItemCommand, ComplianceItemDto>
{
    public async Task<ComplianceItemDto> Handle(UpdateComplianceItemCommand request, CancellationToken cancellationToken)
    {
        var item = await items.GetAsync(request.MarketId, request.Id, request.ExpectedVersion, cancellationToken);
        DueDates.EnsureNotBefore(request.Fields.DueDate, item.CreatedOn);
        item.Describe(ComplianceRules.RequirementOf(request.Fields), clock.UtcNow);
        await items.UpdateAsync(item, cancellationToken);
        await outbox.AnnounceIfOpenCriticalAsync(item, await markets.GetAsync(item.MarketId, null, cancellationToken), cancellationToken);
        return ComplianceItemRow.ToDto(item);
    }
}
