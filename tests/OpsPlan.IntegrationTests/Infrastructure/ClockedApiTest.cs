using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP test whose API clock starts at a fixed moment and moves only when the test moves it, or, when
/// <paramref name="running"/>, on in real time from there (tests that start in the morning stay on their day).
/// </summary>
public abstract class ClockedApiTest(DatabaseProvider provider, DateTime start, bool running = false) : ApiTest(provider)
{
    protected SettableTime Time { get; } = new(new DateTimeOffset(start), running);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Time);
}
