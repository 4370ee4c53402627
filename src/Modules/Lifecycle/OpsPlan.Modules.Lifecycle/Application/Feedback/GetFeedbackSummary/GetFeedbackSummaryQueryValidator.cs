using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.GetFeedbackSummary;

internal sealed class GetFeedbackSummaryQueryValidator : AbstractValidator<GetFeedbackSummaryQuery>
{
    private const int MaxDays = 1_098;

    public GetFeedbackSummaryQueryValidator()
    {
        RuleFor(query => query.From).WithinDateBounds();
        RuleFor(query => query.To).WithinDateBounds();
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("to is on or after from.");
        RuleFor(query => query.To).Must((query, to) => to!.Value.DayNumber - query.From!.Value.DayNumber < MaxDays)
            .When(query => query.From is not null && query.To is not null).WithMessage($"A summary spans at most {MaxDays:N0} days.");
    }
}
