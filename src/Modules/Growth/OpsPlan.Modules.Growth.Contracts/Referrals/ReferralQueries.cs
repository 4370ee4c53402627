using OpsPlan.BuildingBlocks.Application.Caching;

namespace OpsPlan.Modules.Growth.Contracts.Referrals;

public sealed record GetReferralProgramQuery(Guid Id) : IQuery<ReferralProgramDto>;

public sealed record ListReferralProgramsQuery(int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<ReferralProgramDto>>, IListQuery;

public sealed record GetInviteCodeQuery(string Code) : IQuery<InviteCodeDto>;

/// <summary>A programme's referrals, newest first; filter by referrer or status.</summary>
public sealed record ListReferralsQuery(Guid ProgramId, Guid? ReferrerId = null, ReferralStatus? Status = null, int? Limit = null, string? Cursor = null)
    : IQuery<Page<ReferralDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;
}

/// <summary>The top referrers of a programme (default 10, at most 100).</summary>
public sealed record GetLeaderboardQuery(Guid ProgramId, int? Top) : IQuery<LeaderboardDto>, ICachedQuery;
