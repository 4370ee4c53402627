namespace OpsPlan.Modules.Lifecycle.Domain.Metrics;

internal interface IProductMetricsRepository
{
    /// <summary>The stored figures of these products, each product's months oldest first.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<MonthlyFigures>>> FindAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);

    Task UpsertAsync(IReadOnlyCollection<MonthlyFigures> figures, DateTime now, CancellationToken cancellationToken);
}
