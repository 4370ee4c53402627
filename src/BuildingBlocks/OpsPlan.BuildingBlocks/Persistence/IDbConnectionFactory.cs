using System.Data.Common;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>Opens connections to the configured provider, on which every module schema is reachable as <c>schema.table</c>.</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for this process's turn to write, held until the returned handle is disposed. SQLite takes one writer at
    /// a time, so queueing writers here replaces the driver's sleep-and-retry on a busy database; SQL Server needs no turn.
    /// </summary>
    ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken);
}
