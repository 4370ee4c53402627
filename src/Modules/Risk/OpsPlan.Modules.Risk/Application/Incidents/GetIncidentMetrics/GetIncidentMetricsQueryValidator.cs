using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.GetIncidentMetrics;

internal sealed class GetIncidentMetricsQueryValidator : AbstractValidator<GetIncidentMetricsQuery>
{
    public const int MaxDays = 366;

    public GetIncidentMetricsQueryValidator()
    {
        RuleFor(query => query.From).NotNull();
        RuleFor(query => query.To).NotNull();
        RuleFor(query => query.To)
            .Must((query, to) => to > query.From).WithMessage("'to' must be after 'from'.")
            .Must((query, to) => (to!.Value - query.From!.Value).TotalDays <= MaxDays).WithMessage($"The period spans at most {MaxDays} days.")
            .When(query => query.From is not null && query.To is not null);
    }
}
