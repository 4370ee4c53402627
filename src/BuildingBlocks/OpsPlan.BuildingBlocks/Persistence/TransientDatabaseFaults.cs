using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>Which database errors are worth a retry, and the retry pipeline that handles them.</summary>
public static class TransientDatabaseFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    // Deadlock victim, timeouts, connection drops and the Azure SQL throttling and failover numbers.
    private static readonly HashSet<int> SqlServerTransientNumbers =
        [-2, 20, 64, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40540, 40613, 49918, 49919, 49920];

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        SqlException sql => sql.Errors.Cast<SqlError>().Any(error => SqlServerTransientNumbers.Contains(error.Number)),
        TimeoutException => true,
        _ => false,
    };

    public static ResiliencePipeline CreateRetryPipeline(int maxRetryAttempts = 3) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(50),
                UseJitter = true,
            })
            .Build();
}
