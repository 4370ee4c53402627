using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Copies committed pages from each schema's write-ahead log into its file after every write turn, off the request
/// that wrote them: connections do not checkpoint on commit (<see cref="SqliteConnectionFactory"/>). A passive
/// checkpoint neither waits for nor blocks readers and writers. The log starts over only once it is fully copied
/// while no one reads it; under writes that never pause that moment never comes, so a log past
/// <see cref="DatabaseOptions.WalPagesBeforeTruncate"/> is copied and truncated in the write turn.
/// </summary>
internal sealed class SqliteCheckpointService(SqliteConnectionFactory connectionFactory, DatabaseOptions options, ILogger<SqliteCheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await connectionFactory.WaitForWritesAsync(stoppingToken);
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The log keeps every committed page until a checkpoint succeeds: nothing is lost by waiting for the next write.
                logger.LogWarning(exception, "A background checkpoint failed; the next write retries it");
            }
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        foreach (var schema in connectionFactory.Schemas)
        {
            var logPages = await CheckpointAsync(connection, schema, "PASSIVE", cancellationToken);
            if (logPages > options.WalPagesBeforeTruncate)
            {
                await using var turn = await connectionFactory.EnterWriteAsync(cancellationToken);
                await CheckpointAsync(connection, schema, "TRUNCATE", cancellationToken);
            }
        }
    }

    /// <returns>The pages in the schema's log.</returns>
    private static async Task<long> CheckpointAsync(DbConnection connection, string schema, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // Schema names are checked identifiers (attached under the same name), and the mode is one of two constants.
        command.CommandText = $"PRAGMA {schema}.wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(1) : 0;
    }
}
