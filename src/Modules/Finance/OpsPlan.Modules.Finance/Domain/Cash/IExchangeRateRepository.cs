namespace OpsPlan.Modules.Finance.Domain.Cash;

/// <summary>Exchange rates by currency and the day they take effect.</summary>
internal interface IExchangeRateRepository
{
    Task<StoredRate?> FindAsync(string currency, DateOnly effectiveOn, CancellationToken cancellationToken);

    Task AddAsync(Guid id, string currency, DateOnly effectiveOn, ExchangeRate rate, DateTime now, CancellationToken cancellationToken);

    Task ReplaceAsync(Guid id, ExchangeRate rate, DateTime now, CancellationToken cancellationToken);
}

/// <summary>A rate as stored: its id and value.</summary>
internal sealed record StoredRate(Guid Id, ExchangeRate Rate);
