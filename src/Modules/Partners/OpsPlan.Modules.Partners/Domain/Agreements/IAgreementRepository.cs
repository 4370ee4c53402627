using OpsPlan.Modules.Partners.Contracts;

namespace OpsPlan.Modules.Partners.Domain.Agreements;

internal interface IAgreementRepository
{
    Task<Agreement> GetAsync(Guid partnerId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Agreement>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Agreements whose expiring day has come by <paramref name="today"/>, not yet announced and not yet ended.</summary>
    Task<IReadOnlyList<Agreement>> DueForExpiryNoticeAsync(DateOnly today, CancellationToken cancellationToken);

    Task AddAsync(Agreement agreement, CancellationToken cancellationToken);

    Task UpdateAsync(Agreement agreement, CancellationToken cancellationToken);

    /// <summary>The stored measurements of these agreements, metrics and months (and the months before them, for breach runs).</summary>
    Task<IReadOnlyList<SlaMeasurement>> MeasurementsAsync(IReadOnlyCollection<Guid> agreementIds, CancellationToken cancellationToken);

    Task UpsertMeasurementsAsync(IReadOnlyCollection<SlaMeasurement> measurements, DateTime now, CancellationToken cancellationToken);
}
