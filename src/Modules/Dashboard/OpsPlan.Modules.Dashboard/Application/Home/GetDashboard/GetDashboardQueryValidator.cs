using OpsPlan.Modules.Dashboard.Contracts.Home;

namespace OpsPlan.Modules.Dashboard.Application.Home.GetDashboard;

internal sealed class GetDashboardQueryValidator : AbstractValidator<GetDashboardQuery>
{
    public GetDashboardQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds();
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From).When(query => query.From is not null && query.To is not null).WithMessage("to is on or after from.");
        RuleFor(query => query)
            .Must(query => DashboardPeriod.Days(query.From!.Value, query.To!.Value) <= DashboardPeriod.MaxDays)
            .When(query => query.From is not null && query.To is not null && query.From <= query.To)
            .OverridePropertyName("to").WithMessage($"A period spans at most {DashboardPeriod.MaxDays} days.");
    }
}
