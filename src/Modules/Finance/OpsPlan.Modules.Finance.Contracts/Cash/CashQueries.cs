using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Finance.Contracts.Cash;

public sealed record GetCashAccountQuery(Guid Id) : IQuery<CashAccountDto>;

public sealed record ListCashAccountsQuery(string? Currency = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<CashAccountDto>>, IListQuery;

public sealed record ListExchangeRatesQuery(string? Currency = null, DateOnly? From = null, DateOnly? To = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<ExchangeRateDto>>, IListQuery;
