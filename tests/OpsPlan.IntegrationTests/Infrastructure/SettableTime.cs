namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>A clock a test moves by hand: rules that depend on time are tested without sleeping.</summary>
public sealed class SettableTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
