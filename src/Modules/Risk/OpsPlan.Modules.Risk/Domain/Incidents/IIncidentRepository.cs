namespace OpsPlan.Modules.Risk.Domain.Incidents;

internal interface IIncidentRepository
{
    /// <summary>The incident with its linked risks, or 404; 412 when <paramref name="expectedVersion"/> is stale.</summary>
    Task<Incident> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task AddAsync(Incident incident, CancellationToken cancellationToken);

    /// <summary>Saves a changed incident and its linked risks; 412 when another writer changed it first.</summary>
    Task UpdateAsync(Incident incident, CancellationToken cancellationToken);

    Task AddTimelineEntryAsync(TimelineEntry entry, CancellationToken cancellationToken);
}
