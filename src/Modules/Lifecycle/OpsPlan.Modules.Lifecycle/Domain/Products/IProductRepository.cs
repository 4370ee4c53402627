namespace OpsPlan.Modules.Lifecycle.Domain.Products;

internal interface IProductRepository
{
    Task<Product> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Product>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> HasReleaseAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Product product, StageChange firstStage, CancellationToken cancellationToken);

    Task UpdateAsync(Product product, CancellationToken cancellationToken);

    Task AddStageChangeAsync(StageChange change, CancellationToken cancellationToken);

    Task<RetirementPlan?> FindPlanAsync(Guid productId, CancellationToken cancellationToken);

    Task AddPlanAsync(RetirementPlan plan, CancellationToken cancellationToken);

    Task UpdatePlanAsync(RetirementPlan plan, CancellationToken cancellationToken);
}
