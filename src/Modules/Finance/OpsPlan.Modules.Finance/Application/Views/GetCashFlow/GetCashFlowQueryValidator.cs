using OpsPlan.Modules.Finance.Contracts.Views;

namespace OpsPlan.Modules.Finance.Application.Views.GetCashFlow;

internal sealed class GetCashFlowQueryValidator : AbstractValidator<GetCashFlowQuery>
{
    // Five years of weeks is 261 buckets: enough for any plan, small enough for one response.
    public const int MaxDays = 5 * 366;

    public GetCashFlowQueryValidator()
    {
        RuleFor(query => query.From).NotNull().WithinDateBounds();
        RuleFor(query => query.To).NotNull().WithinDateBounds();
        RuleFor(query => query.Granularity).IsInEnum();
        RuleFor(query => query.To).Must((query, to) => to >= query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' is on or after 'from'.");
        RuleFor(query => query.To).Must((query, to) => to!.Value.DayNumber - query.From!.Value.DayNumber < MaxDays)
            .When(query => query.From is not null && query.To is not null)
            .WithMessage("A cash-flow range is at most five years.");
    }
}
