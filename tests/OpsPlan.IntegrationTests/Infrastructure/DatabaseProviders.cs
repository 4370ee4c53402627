using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>
/// Every integration fixture runs once per available provider: always on SQLite, and on SQL Server (category
/// "SqlServer") when OPSPLAN_TEST_SQLSERVER holds a connection string.
/// </summary>
public static class DatabaseProviders
{
    public const string SqlServerVariable = "OPSPLAN_TEST_SQLSERVER";

    public static string? SqlServerConnectionString => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    private static TestFixtureData Fixture(DatabaseProvider provider)
    {
        var fixture = new TestFixtureData(provider).SetArgDisplayNames(provider.ToString());
        fixture.Properties.Add(NUnit.Framework.Internal.PropertyNames.Category, provider.ToString());
        return fixture;
    }

    public static IEnumerable<TestFixtureData> Available()
    {
        yield return Fixture(DatabaseProvider.Sqlite);
        if (SqlServerConnectionString is not null)
        {
            yield return Fixture(DatabaseProvider.SqlServer);
        }
    }
}
