namespace OpsPlan.BuildingBlocks.Domain;

public sealed class SystemClock(TimeProvider timeProvider) : IClock
{
    // Truncated to microseconds: every provider stores that precision, so a value read back equals the one written.
    public DateTime UtcNow => TruncateToMicroseconds(timeProvider.GetUtcNow().UtcDateTime);

    internal static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);
}
