using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class ClockTests
{
    [Test]
    public void Now_is_utc_at_microsecond_precision_so_it_survives_a_round_trip_through_either_database()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567));

        var now = new SystemClock(time).UtcNow;

        Assert.Multiple(() =>
        {
            Assert.That(now.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(now.Ticks % 10, Is.EqualTo(0));
            Assert.That(now, Is.EqualTo(new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234560)));
        });
    }

    [Test]
    public void Ids_are_version_7_guids_that_carry_their_creation_time()
    {
        var id = Ids.New();

        // The first 48 bits of a version 7 GUID are the Unix time in milliseconds, so ids sort roughly by creation.
        var milliseconds = long.Parse(id.ToString("N")[..12], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(id.Version, Is.EqualTo(7));
        Assert.That(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
