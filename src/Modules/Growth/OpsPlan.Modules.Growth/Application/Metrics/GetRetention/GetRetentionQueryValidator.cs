using OpsPlan.Modules.Growth.Contracts.Metrics;

namespace OpsPlan.Modules.Growth.Application.Metrics.GetRetention;

internal sealed class GetRetentionQueryValidator : AbstractValidator<GetRetentionQuery>
{
    public const int MaxCohorts = 36;

    public GetRetentionQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds();
        RuleFor(query => query.By).IsInEnum();
        RuleFor(query => query.To).Must((query, to) => to >= query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' is on or after 'from'.");
        RuleFor(query => query.To).Must((query, to) => Months(query.From!.Value, to!.Value) <= MaxCohorts)
            .When(query => query.From is not null && query.To is not null && query.To >= query.From)
            .WithMessage($"A matrix holds at most {MaxCohorts} monthly cohorts.");
    }

    /// <summary>How many calendar months <paramref name="from"/>..<paramref name="to"/> touch.</summary>
    public static int Months(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
}
