using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.Api.Composition;

/// <summary>
/// Ready means the database answers and, on SQLite, every schema's file is there, whole (quick_check, repeated only
/// when the file changed) and at the schema version the migrations make.
/// </summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory connectionFactory, DatabaseOptions options, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite && migrator.SqliteInstallation.ReadinessProblem(migrator.ExpectedScriptCounts) is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
        }

        try
        {
            await using var connection = await connectionFactory.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
