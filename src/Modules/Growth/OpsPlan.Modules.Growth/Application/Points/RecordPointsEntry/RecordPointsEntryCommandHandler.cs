using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Points;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Points.RecordPointsEntry;

/// <summary>A manual grant (earn), a redemption or an expiry, entered by a person or the loyalty system.</summary>
internal sealed class RecordPointsEntryCommandHandler(ICustomerRepository customers, PointsLedger ledger, IClock clock)
    : ICommandHandler<RecordPointsEntryCommand, PointsEntryRecordDto>
{
    public async Task<PointsEntryRecordDto> Handle(RecordPointsEntryCommand request, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(request.CustomerId, null, cancellationToken);
        var (entry, created) = await ledger.RecordAsync(customer.Id, request.Key, request.Kind!.Value, request.Points, PointsSource.Manual, null, request.Reason,
            clock.UtcNow, cancellationToken);
        return new PointsEntryRecordDto(PointsEntryRow.ToDto(entry), created);
    }
}
