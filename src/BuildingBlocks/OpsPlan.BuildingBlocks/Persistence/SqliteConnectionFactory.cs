using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence.Dialects;
using SQLitePCL;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// SQLite keeps each schema in its own file, attached to every physical connection under the schema name, so the
/// same qualified SQL (<c>risk.risks</c>) runs on both providers. A pooled connection keeps its attachments, so
/// the attach runs once per native handle, not per open. Checkpoints are left to <see cref="SqliteCheckpointService"/>,
/// which each finished write turn wakes (and which sweeps every second besides).
/// </summary>
internal sealed class SqliteConnectionFactory : IDbConnectionFactory, IDisposable
{
    private readonly ConditionalWeakTable<sqlite3, object> _prepared = [];
    private readonly SemaphoreSlim _writer = new(1, 1);

    // One pending signal at most: writes that end while a checkpoint runs are all covered by the next one.
    private readonly Channel<bool> _writesEnded = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly string _connectionString;
    private readonly IReadOnlyList<(string Schema, string File)> _schemaFiles;

    public SqliteConnectionFactory(string directory, IEnumerable<string> schemas)
    {
        _connectionString = ConnectionStringFor(Path.Combine(directory, "opsplan.db"));
        _schemaFiles = schemas.Select(schema => (schema, SchemaFile(directory, schema))).ToList();
    }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    /// <summary>The schemas attached to every connection, each in its own file.</summary>
    public IEnumerable<string> Schemas => _schemaFiles.Select(schemaFile => schemaFile.Schema);

    public static string SchemaFile(string directory, string schema) => Path.Combine(directory, $"opsplan.{schema}.db");

    public static string ConnectionStringFor(string file) => new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public void Dispose() => _writer.Dispose();

    public async ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new Turn(_writer, _writesEnded.Writer);
    }

    /// <summary>Completes once a write turn has ended since the last call.</summary>
    public async ValueTask WaitForWritesAsync(CancellationToken cancellationToken) => await _writesEnded.Reader.ReadAsync(cancellationToken);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!_prepared.TryGetValue(connection.Handle!, out _))
            {
                await AttachSchemasAsync(connection, cancellationToken);
                _prepared.AddOrUpdate(connection.Handle!, this);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task AttachSchemasAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Writers outside a unit of work (the outbox relay, idempotency keys) wait inside SQLite for the lock. Foreign
        // keys are switched on here, once per native handle: the connection string's ForeignKeys option would run
        // the same PRAGMA on every open, an extra statement on every read. No connection checkpoints on commit: the
        // commit that crossed 1,000 log pages copied them all into the file before it returned (~300 ms in a
        // 10,000-event batch), so SqliteCheckpointService does that after the write turn instead.
        await using (var settings = connection.CreateCommand())
        {
            settings.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0;";
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        // The pool is shared by every factory with this connection string in the process, so a pooled connection may
        // already carry some attachments: attach only the missing ones.
        var attached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "PRAGMA database_list;";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                attached.Add(reader.GetString(1));
            }
        }

        foreach (var (schema, file) in _schemaFiles.Where(schemaFile => !attached.Contains(schemaFile.Schema)))
        {
            ModuleDescriptor.EnsureValidSchemaName(schema);
            await using var attach = connection.CreateCommand();
            // An attached name is an identifier and cannot be a parameter; schema names are checked above.
            attach.CommandText = "ATTACH DATABASE @file AS " + schema + "; PRAGMA " + schema + ".synchronous = NORMAL;";
            attach.Parameters.AddWithValue("@file", file);
            await attach.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class Turn(SemaphoreSlim writer, ChannelWriter<bool> writesEnded) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
                writesEnded.TryWrite(true);
            }

            return ValueTask.CompletedTask;
        }
    }
}
