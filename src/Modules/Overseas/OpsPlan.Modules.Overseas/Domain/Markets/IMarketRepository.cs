namespace OpsPlan.Modules.Overseas.Domain.Markets;

internal interface IMarketRepository
{
    Task<Market> GetAsync(Guid id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken);

    Task<bool> CountryTakenAsync(string country, Guid? except, CancellationToken cancellationToken);

    Task AddAsync(Market market, MarketStageChange first, CancellationToken cancellationToken);

    Task UpdateAsync(Market market, CancellationToken cancellationToken);

    Task AddStageChangeAsync(MarketStageChange change, CancellationToken cancellationToken);
}
