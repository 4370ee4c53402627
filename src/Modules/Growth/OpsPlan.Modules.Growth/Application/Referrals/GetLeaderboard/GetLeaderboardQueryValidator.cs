using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.GetLeaderboard;

internal sealed class GetLeaderboardQueryValidator : AbstractValidator<GetLeaderboardQuery>
{
    public const int MaxTop = 100;

    public GetLeaderboardQueryValidator() => RuleFor(query => query.Top).InclusiveBetween(1, MaxTop);
}
