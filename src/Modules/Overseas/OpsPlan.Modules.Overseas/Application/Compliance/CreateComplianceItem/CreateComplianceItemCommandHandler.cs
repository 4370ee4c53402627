using OpsPlan.Modules.Overseas.Contracts.Compliance;
using OpsPlan.Modules.Overseas.Domain.Compliance;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Compliance.CreateComplianceItem;

/// <summary>Records a requirement as a gap; a critical one is announced to Risk.</summary>
internal sealed class CreateComplianceItemCommandHandler(IMarketRepository markets, IComplianceItemRepository items, IOutbox outbox, IClock clock)
    : ICommandHandler<CreateComplianceItemCommand, ComplianceItemDto>
{
    public async Task<ComplianceItemDto> Handle(CreateComplianceItemCommand request, CancellationToken cancellationToken)
    {
        var market = await markets.GetAsync(request.MarketId, null, cancellationToken);
        DueDates.EnsureNotBefore(request.Fields.DueDate, clock.Today);
        var item = ComplianceItem.Record(market.Id, ComplianceRules.RequirementOf(request.Fields), clock.UtcNow);
        await items.AddAsync(item, cancellationToken);
        await outbox.AnnounceIfOpenCriticalAsync(item, market, cancellationToken);
        return ComplianceItemRow.ToDto(item);
    }
}
