using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Partners.Contracts.Partners;

public sealed record GetPartnerQuery(Guid Id) : IQuery<PartnerDto>;

/// <summary>Partners, newest first; with <c>updatedSince</c>, oldest change first. A partner's own key sees only itself.</summary>
public sealed record ListPartnersQuery(
    IReadOnlyList<PartnerType>? Type = null,
    IReadOnlyList<PartnerStatus>? Status = null,
    IReadOnlyList<PartnerTier>? Tier = null,
    string? Country = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<PartnerDto>>, IListQuery;

/// <summary>A partner's status moves, newest first.</summary>
public sealed record ListPartnerStatusChangesQuery(Guid PartnerId, int? Limit = null, string? Cursor = null) : IQuery<Page<PartnerStatusChangeDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}

/// <summary>Partners counted by type, tier, status and country.</summary>
public sealed record GetPartnersSummaryQuery : IQuery<PartnersSummaryDto>, ICachedQuery;

/// <summary>What the company spent with a partner (and received from it) per month, from Finance's transactions that name it.</summary>
public sealed record GetPartnerSpendQuery(Guid PartnerId, DateOnly? From = null, DateOnly? To = null) : IQuery<PartnerSpendDto>;

/// <summary>
/// How partners are doing between two months (<c>2026-01</c>) inclusive: SLA breaches (measurements that missed their
/// target) in total and per partner, worst first, and the partners whose latest scorecard put them on probation.
/// </summary>
public sealed record GetPartnerHealthQuery(string From, string To) : IQuery<PartnerHealthDto>, ICachedQuery;
