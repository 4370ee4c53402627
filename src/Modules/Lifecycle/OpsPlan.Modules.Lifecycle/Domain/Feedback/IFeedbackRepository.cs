namespace OpsPlan.Modules.Lifecycle.Domain.Feedback;

internal interface IFeedbackRepository
{
    Task<FeedbackItem> GetAsync(Guid productId, Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The product's feedback items among <paramref name="ids"/>; other products' items are simply not found.</summary>
    Task<IReadOnlyList<FeedbackItem>> FindAsync(Guid productId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, FeedbackItem>> FindByExternalIdsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<FeedbackItem> items, CancellationToken cancellationToken);

    Task UpdateAsync(IReadOnlyCollection<FeedbackItem> items, CancellationToken cancellationToken);
}
