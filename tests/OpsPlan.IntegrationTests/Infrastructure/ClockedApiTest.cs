using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>An HTTP test whose API clock starts at a fixed moment and moves only when the test moves it.</summary>
public abstract class ClockedApiTest(DatabaseProvider provider, DateTime start) : ApiTest(provider)
{
    protected SettableTime Time { get; } = new(new DateTimeOffset(start));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Time);
}
