using System.Text.Json;
using OpsPlan.BuildingBlocks.Persistence.Dialects;
using OpsPlan.Modules.Growth.Application.Segments.Rules;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.UnitTests.Growth;

/// <summary>Segment rules become SQL from fixed fragments only: what a client sends is always a parameter.</summary>
public sealed class SegmentRuleCompilerTests
{
    private const string Hostile = "x'); DROP TABLE growth.customers; --";
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static SegmentCondition Condition(string field, SegmentOperator op, object? value = null) =>
        new(field, op, value is null ? null : JsonSerializer.SerializeToElement(value));

    [TestCaseSource(nameof(Dialects))]
    public void No_value_the_client_sent_reaches_the_sql_text(SqlDialect dialect)
    {
        var rule = new SegmentRule(SegmentMatch.Any,
        [
            Condition("region", SegmentOperator.Equals, Hostile),
            Condition("attributes.plan", SegmentOperator.Contains, Hostile),
            Condition("attributes.plan", SegmentOperator.Equals, Hostile),
        ]);

        var filter = SegmentRuleCompiler.Compile(rule, dialect, Now, "EUR");

        Assert.Multiple(() =>
        {
            Assert.That(filter.Condition, Does.Not.Contain("DROP").And.Not.Contain("plan"));
            Assert.That(filter.Parameters.Values, Does.Contain(Hostile).And.Contain("$.\"plan\""));
        });
    }

    [Test]
    public void Days_since_active_counts_whole_days_back_from_now()
    {
        var filter = SegmentRuleCompiler.Compile(new SegmentRule(SegmentMatch.All,
            [new SegmentCondition("daysSinceActive", SegmentOperator.Between, Min: JsonSerializer.SerializeToElement(7), Max: JsonSerializer.SerializeToElement(13))]),
            SqlDialect.Sqlite, Now, "EUR");

        Assert.That(filter.Condition, Is.EqualTo("((COALESCE(last_active_at, signed_up_at) > @S0 AND COALESCE(last_active_at, signed_up_at) <= @S1))"));
        Assert.That(filter.Parameters.Values, Is.EqualTo(new object[] { Now.AddDays(-14), Now.AddDays(-7) }));
    }

    [Test]
    public void Every_error_is_named_by_its_path()
    {
        var rule = new SegmentRule(SegmentMatch.All, [Condition("email", SegmentOperator.Equals, "a")],
            [new SegmentRule(SegmentMatch.Any, [Condition("purchaseCount", SegmentOperator.Between), Condition("tier", SegmentOperator.Equals, "platinum")])]);

        var errors = SegmentRuleCompiler.Check(rule, "rule", "EUR");

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "rule.conditions[0].field", "rule.groups[0].conditions[0]", "rule.groups[0].conditions[1].value" }));
    }

    private static IEnumerable<SqlDialect> Dialects() => [SqlDialect.Sqlite, SqlDialect.SqlServer];
}
