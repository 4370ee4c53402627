namespace OpsPlan.Modules.Partners.Domain.DueDiligence;

internal interface IDueDiligenceRepository
{
    Task<DueDiligenceItem> GetAsync(Guid partnerId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<DueDiligenceItem>> ChecklistAsync(Guid partnerId, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<DueDiligenceItem> items, CancellationToken cancellationToken);

    Task UpdateAsync(DueDiligenceItem item, CancellationToken cancellationToken);
}
