using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Growth.Application.Metrics.GetGrowthOverview;

internal sealed class GetGrowthOverviewQueryValidator : AbstractValidator<GetGrowthOverviewQuery>
{
    public const int MaxDays = 366;

    public GetGrowthOverviewQueryValidator() => this.ValidRange(query => query.From, query => query.To, MaxDays);
}
