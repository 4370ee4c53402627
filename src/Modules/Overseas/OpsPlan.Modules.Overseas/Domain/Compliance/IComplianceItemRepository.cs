namespace OpsPlan.Modules.Overseas.Domain.Compliance;

internal interface IComplianceItemRepository
{
    Task<ComplianceItem> GetAsync(Guid marketId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task AddAsync(ComplianceItem item, CancellationToken cancellationToken);

    Task UpdateAsync(ComplianceItem item, CancellationToken cancellationToken);
}
