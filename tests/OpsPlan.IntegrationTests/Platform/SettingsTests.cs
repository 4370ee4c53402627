using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>
/// A setting that cannot work stops the start with a message naming it, instead of failing later: a relay round that
/// never ends (no batch size), a claim that runs out before its delivery, stage windows in the wrong order.
/// </summary>
public sealed class SettingsTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("Outbox:BatchSize", "0")]
    [TestCase("Outbox:PollInterval", "00:00:00")]
    [TestCase("Outbox:ClaimDuration", "00:00:00.5")]
    [TestCase("Outbox:ParkAfterAttempts", "0")]
    [TestCase("Outbox:MaxRetryDelay", "00:00:00")]
    [TestCase("Growth:ChurnedAfterDays", "1")]
    public async Task A_setting_that_cannot_work_stops_the_start_and_is_named(string key, string value)
    {
        await using var misconfigured = new TestApi(Provider, new Dictionary<string, string?> { [key] = value });

        var refusal = Assert.Catch(() => misconfigured.CreateClient())!;

        Assert.That(refusal.ToString(), Does.Contain(key));
    }
}
