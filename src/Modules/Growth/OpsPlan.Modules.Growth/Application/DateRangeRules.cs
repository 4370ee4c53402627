using System.Linq.Expressions;

namespace OpsPlan.Modules.Growth.Application;

/// <summary>The checks every <c>from</c>/<c>to</c> view shares: real days, in order, and no longer than the view allows.</summary>
internal static class DateRangeRules
{
    public static void ValidRange<T>(this AbstractValidator<T> validator, Expression<Func<T, DateOnly?>> from, Expression<Func<T, DateOnly?>> to, int maxDays)
    {
        var (fromOf, toOf) = (from.Compile(), to.Compile());
        validator.RuleFor(from).WithinDateBounds();
        validator.RuleFor(to).WithinDateBounds();
        validator.RuleFor(to).Must((query, end) => end >= fromOf(query)).When(query => fromOf(query) is not null && toOf(query) is not null)
            .WithMessage("'to' is on or after 'from'.");
        validator.RuleFor(to).Must((query, end) => end!.Value.DayNumber - fromOf(query)!.Value.DayNumber < maxDays)
            .When(query => fromOf(query) is { } start && toOf(query) is { } end && end >= start)
            .WithMessage($"A range covers at most {maxDays:N0} days.");
    }
}
