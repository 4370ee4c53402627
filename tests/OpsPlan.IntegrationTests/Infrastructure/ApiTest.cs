using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>
/// The base of every HTTP test: each test gets its own API instance on its own fresh database, so tests run in
/// parallel without seeing each other's data.
/// </summary>
[TestFixtureSource(typeof(DatabaseProviders), nameof(DatabaseProviders.Available))]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[Parallelizable(ParallelScope.All)]
public abstract class ApiTest(DatabaseProvider provider)
{
    protected TestApi Api { get; private set; } = null!;

    protected DatabaseProvider Provider { get; } = provider;

    [SetUp]
    public void StartApi() => Api = new TestApi(Provider, Settings, ConfigureServices);

    /// <summary>Configuration this fixture's API runs with, on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Services this fixture's API gets on top of the app's own.</summary>
    protected virtual void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    [TearDown]
    public async Task StopApi() => await Api.DisposeAsync();
}
