using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Copies committed pages from each schema's write-ahead log into its file, off the request that wrote them:
/// connections do not checkpoint on commit (<see cref="SqliteConnectionFactory"/>). A write turn's end wakes it at
/// once; a sweep every second catches writes outside a turn (outbox bookkeeping, idempotency keys) and the pages a
/// passive checkpoint had to leave — it neither waits for nor blocks anyone, so it cannot copy a page a reader on an
/// older snapshot may still read. Until a log is copied through, every read looks its pages up in the log first. The
/// log starts over only once it is copied through while no one reads it; under writes that never pause that moment
/// never comes, so a log past <see cref="DatabaseOptions.WalPagesBeforeTruncate"/> is truncated in the write turn.
/// </summary>
internal sealed class SqliteCheckpointService(SqliteConnectionFactory connectionFactory, DatabaseOptions options, TimeProvider timeProvider,
    ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await WaitForWritesOrSweepAsync(stoppingToken);
            try
            {
                await CheckpointAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The log keeps every committed page until a checkpoint succeeds: nothing is lost by waiting for the next one.
                logger.LogWarning(exception, "A background checkpoint failed; the next sweep retries it");
            }
        }
    }

    private async Task WaitForWritesOrSweepAsync(CancellationToken stoppingToken)
    {
        using var sweep = new CancellationTokenSource(SweepEvery, timeProvider);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, sweep.Token);
        try
        {
            await connectionFactory.WaitForWritesAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Time for the sweep.
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        foreach (var schema in connectionFactory.Schemas)
        {
            if (await CheckpointAsync(connection, schema, "PASSIVE", cancellationToken) > options.WalPagesBeforeTruncate)
            {
                // Its end wakes this service once more: one extra pass, which finds the log empty.
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
        // (busy, pages in the log, pages copied)
        return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(1) : 0;
    }
}
