namespace OpsPlan.BuildingBlocks.Domain;

public sealed class SystemClock(TimeProvider timeProvider) : IClock
{
    // Truncated to microseconds: every provider stores that precision, so a value read back equals the one written.
    public DateTime UtcNow => TruncateToMicroseconds(timeProvider.GetUtcNow().UtcDateTime);

    /// <summary>A caller-given instant, as UTC at the precision every provider stores.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
