using OpsPlan.BuildingBlocks.Application.Paging;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class PagingTests
{
    [Test]
    public void A_cursor_round_trips_its_order_key_and_id()
    {
        var cursor = new PageCursor(PageOrder.UpdatedAscending, new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc).AddTicks(12340), Guid.CreateVersion7());

        var decoded = PageCursor.TryDecode(cursor.Encode(), out var back);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.True);
            Assert.That(back, Is.EqualTo(cursor));
            Assert.That(back!.Key.Kind, Is.EqualTo(DateTimeKind.Utc));
        });
    }

    [TestCase("")]
    [TestCase("not base64!")]
    [TestCase("MXwxMjM")]
    [TestCase("OXwxMjN8MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA")]
    public void A_tampered_or_foreign_cursor_is_refused(string text)
    {
        Assert.That(PageCursor.TryDecode(text, out _), Is.False);
    }
}
