using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Growth.Application.Metrics.GetGrowthOverview;

internal sealed class GetGrowthOverviewQueryValidator : AbstractValidator<GetGrowthOverviewQuery>
{
    public const int MaxDays = 366;

    public GetGrowthOverviewQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds();
        RuleFor(query => query.To).Must((query, to) => to >= query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' is on or after 'from'.");
        RuleFor(query => query.To).Must((query, to) => to!.Value.DayNumber - query.From!.Value.DayNumber < MaxDays)
            .When(query => query.From is not null && query.To is not null && query.To >= query.From)
            .WithMessage($"A range covers at most {MaxDays} days.");
    }
}
