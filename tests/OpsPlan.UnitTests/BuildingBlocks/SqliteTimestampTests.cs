using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class SqliteTimestampTests
{
    private static readonly DateTime[] Times =
    [
        new(2024, 11, 25, 4, 12, 12, DateTimeKind.Utc),
        new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
        new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1),
        new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
    ];

    [TestCaseSource(nameof(Times))]
    public void Stored_text_reads_back_as_the_same_utc_time(DateTime time)
    {
        var text = SqliteTimestamp.ToText(time);
        var read = SqliteTimestamp.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(text, Has.Length.EqualTo(28).And.EndWith("Z"));
            Assert.That(read, Is.EqualTo(time));
            Assert.That(read.Kind, Is.EqualTo(DateTimeKind.Utc));
        });
    }

    [Test]
    public void Text_order_is_time_order()
    {
        var texts = Times.Order().Select(SqliteTimestamp.ToText).ToList();
        Assert.That(texts, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [TestCase("2024-11-25 04:12:12", "2024-11-25T04:12:12.0000000Z")]
    [TestCase("2024-11-25T06:12:12.5+02:00", "2024-11-25T04:12:12.5000000Z")]
    [TestCase("2024-11-25T04:12:12Z", "2024-11-25T04:12:12.0000000Z")]
    public void Other_iso_8601_text_reads_as_utc(string text, string expected)
    {
        var read = SqliteTimestamp.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(SqliteTimestamp.ToText(read), Is.EqualTo(expected));
            Assert.That(read.Kind, Is.EqualTo(DateTimeKind.Utc));
        });
    }

    [TestCase("2024-13-25T04:12:12.0000000Z")]
    [TestCase("2023-02-29T04:12:12.0000000Z")]
    [TestCase("2024-11-25T24:12:12.0000000Z")]
    [TestCase("2024-11-25T04:12:1x.0000000Z")]
    [TestCase("not a time")]
    public void Text_that_is_no_time_is_a_format_error(string text)
    {
        Assert.Throws<FormatException>(() => SqliteTimestamp.Parse(text));
    }
}
