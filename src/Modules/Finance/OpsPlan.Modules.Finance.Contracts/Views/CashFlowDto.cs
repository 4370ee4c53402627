using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Finance.Contracts.Views;

/// <summary>Money in and out per period bucket, per cash account (in its currency) and in total (in the reporting currency).</summary>
public sealed record CashFlowDto(DateOnly From, DateOnly To, CashFlowGranularity Granularity, string ReportingCurrency, IReadOnlyList<CashAccountFlowDto> Accounts, CashFlowTotalDto Total);

public sealed record CashAccountFlowDto(Guid CashAccountId, string Name, string Currency, Money OpeningBalance, IReadOnlyList<CashFlowBucketDto> Buckets);

/// <summary>The total converted at each bucket's last rate on or before its end.</summary>
public sealed record CashFlowTotalDto(Money OpeningBalance, IReadOnlyList<CashFlowBucketDto> Buckets);

/// <summary>One month or ISO week (Monday to Sunday), clipped to the range asked for; the balance is at the bucket's end.</summary>
public sealed record CashFlowBucketDto(DateOnly Start, DateOnly End, Money Inflow, Money Outflow, Money Net, Money Balance);

public sealed record GetCashFlowQuery(DateOnly? From, DateOnly? To, CashFlowGranularity? Granularity) : IQuery<CashFlowDto>, ICachedQuery;
