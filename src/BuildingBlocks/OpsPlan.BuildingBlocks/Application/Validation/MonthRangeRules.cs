using System.Linq.Expressions;
using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Validation;

/// <summary>
/// A from-to pair of months (<see cref="MonthText"/>): each a month, and to no earlier than from. An optional pair may
/// leave either month out, and the view picks it.
/// </summary>
public static class MonthRangeRules
{
    public const string OrderMessage = "to is the same month as from or later.";

    public static void RuleForMonthRange<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> from, Expression<Func<T, string?>> to, bool optional)
    {
        var fromOf = from.Compile();
        var toOf = to.Compile();
        validator.RuleFor(from).Must(MonthText.IsValid).When(request => !optional || fromOf(request) is not null).WithMessage(MonthText.Explanation);
        validator.RuleFor(to).Must(MonthText.IsValid).When(request => !optional || toOf(request) is not null).WithMessage(MonthText.Explanation);
        validator.RuleFor(to).Must((request, last) => MonthText.Parse(last!) >= MonthText.Parse(fromOf(request)!))
            .When(request => MonthText.IsValid(fromOf(request)) && MonthText.IsValid(toOf(request))).WithMessage(OrderMessage);
    }
}
