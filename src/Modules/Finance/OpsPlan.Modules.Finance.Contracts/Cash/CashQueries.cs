using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Finance.Contracts.Cash;

public sealed record GetCashAccountQuery(Guid Id) : IQuery<CashAccountDto>;

public sealed record ListCashAccountsQuery(string? Currency = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<CashAccountDto>>, IListQuery;

public sealed record ListExchangeRatesQuery(string? Currency = null, DateOnly? From = null, DateOnly? To = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<ExchangeRateDto>>, IListQuery;

/// <summary>
/// Other modules' reports in the reporting currency: each amount at the latest rate on or before its day. A missing
/// rate is 409 <c>finance.missing-exchange-rate</c>, never a silent zero.
/// </summary>
public sealed record ConvertToReportingCurrencyQuery(IReadOnlyList<DatedAmount> Amounts) : IQuery<ReportingAmountsDto>;
