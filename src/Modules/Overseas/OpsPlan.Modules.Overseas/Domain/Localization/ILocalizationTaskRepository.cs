namespace OpsPlan.Modules.Overseas.Domain.Localization;

internal interface ILocalizationTaskRepository
{
    Task<LocalizationTask> GetAsync(Guid marketId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task AddAsync(LocalizationTask task, CancellationToken cancellationToken);

    Task UpdateAsync(LocalizationTask task, CancellationToken cancellationToken);
}
