namespace OpsPlan.Modules.Growth.Domain.Segments;

internal interface ISegmentRepository
{
    Task<Segment> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Whether another segment than <paramref name="except"/> has this name.</summary>
    Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken);

    Task<Guid?> FindIdByNameAsync(string name, CancellationToken cancellationToken);

    Task<bool> UsedByCampaignsAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Segment segment, CancellationToken cancellationToken);

    Task UpdateAsync(Segment segment, CancellationToken cancellationToken);

    Task DeleteAsync(Segment segment, CancellationToken cancellationToken);
}
