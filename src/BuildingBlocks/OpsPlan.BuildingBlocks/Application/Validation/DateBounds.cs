using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Validation;

/// <summary>
/// The days a business date may fall on: 1900-01-01 to 2999-12-31. Wider than any plan or ledger, narrow enough that
/// date arithmetic (a day before, a week after, a month's end) never leaves the calendar.
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2999, 12, 31);

    public static readonly string Explanation = $"A date lies between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.";

    /// <summary>The first moment of <see cref="Earliest"/>, in UTC: no recorded time lies before it.</summary>
    public static readonly DateTime EarliestMoment = Earliest.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The last moment of <see cref="Latest"/>, in UTC.</summary>
    public static readonly DateTime LatestMoment = Latest.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);

    public static IRuleBuilderOptions<T, DateOnly?> WithinDateBounds<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(day => day is null || (day >= Earliest && day <= Latest)).WithMessage(Explanation);

    public static IRuleBuilderOptions<T, DateOnly> WithinDateBounds<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(day => day >= Earliest && day <= Latest).WithMessage(Explanation);
}
