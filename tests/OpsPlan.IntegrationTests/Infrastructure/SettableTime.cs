using System.Diagnostics;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>
/// A clock that starts at a fixed moment and moves when the test moves it: rules that depend on time are tested
/// without sleeping, and no test depends on the day it runs. A running clock also moves on in real time, so writes
/// made one after the other get later times, as in production.
/// </summary>
public sealed class SettableTime(DateTimeOffset start, bool running = false) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => running ? _now + Stopwatch.GetElapsedTime(_started) : _now;

    public void Advance(TimeSpan by) => _now += by;
}
