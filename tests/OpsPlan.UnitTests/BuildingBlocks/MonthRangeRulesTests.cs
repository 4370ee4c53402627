using FluentValidation;
using OpsPlan.BuildingBlocks.Application.Validation;

namespace OpsPlan.UnitTests.BuildingBlocks;

/// <summary>The from/to month rule the partner SLA and health views and the product metrics share.</summary>
public sealed class MonthRangeRulesTests
{
    [TestCase("2026-01", "2026-06", true, new string[0])]
    [TestCase("2026-06", "2026-06", true, new string[0], TestName = "the same month on both ends")]
    [TestCase(null, null, true, new string[0], TestName = "an optional pair left out")]
    [TestCase(null, null, false, new[] { "From", "To" }, TestName = "a required pair left out")]
    [TestCase("2026-06", "2026-01", true, new[] { "To" }, TestName = "to before from")]
    [TestCase("2026-6", "2026-13", true, new[] { "From", "To" }, TestName = "not months")]
    [TestCase("1899-12", "2026-01", false, new[] { "From" }, TestName = "before the earliest month")]
    public void Refuses_what_is_not_a_month_range(string? from, string? to, bool optional, string[] refused)
    {
        var result = new RangeValidator(optional).Validate(new Range(from, to));

        Assert.That(result.Errors.Select(error => error.PropertyName).Distinct(), Is.EquivalentTo(refused));
    }

    [Test]
    public void To_before_from_says_so()
    {
        var result = new RangeValidator(optional: false).Validate(new Range("2026-06", "2026-01"));

        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo(MonthRangeRules.OrderMessage));
    }

    private sealed record Range(string? From, string? To);

    private sealed class RangeValidator : AbstractValidator<Range>
    {
        public RangeValidator(bool optional) => this.RuleForMonthRange(range => range.From, range => range.To, optional);
    }
}
