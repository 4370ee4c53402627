using System.Data.Common;
using OpsPlan.BuildingBlocks.Application.Caching;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

internal sealed class UnitOfWork(IDbConnectionFactory connectionFactory, QueryCache queryCache) : IUnitOfWork, IAsyncDisposable
{
    private ModuleDescriptor? _module;
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private IAsyncDisposable? _writeTurn;

    public bool IsActive => _transaction is not null;

    public ModuleDescriptor Module => _module ?? throw NotActive();

    public DbConnection Connection => _connection ?? throw NotActive();

    public DbTransaction Transaction => _transaction ?? throw NotActive();

    public SqlDialect Dialect => connectionFactory.Dialect;

    public async Task BeginAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        if (IsActive)
        {
            throw new InvalidOperationException("A unit of work is already active in this scope.");
        }

        _module = module;
        _writeTurn = await connectionFactory.EnterWriteAsync(cancellationToken);
        try
        {
            _connection = await connectionFactory.OpenAsync(cancellationToken);
            _transaction = await _connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            // Callers end the unit of work only once it began: give the write turn back here, or every later writer waits forever.
            await EndAsync();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var module = Module.Name;
        await Transaction.CommitAsync(cancellationToken);
        queryCache.WriteCommitted(module);
        await EndAsync();
    }

    /// <summary>Rolls back whatever is uncommitted and releases the connection; safe to call at any time.</summary>
    public async ValueTask EndAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }

        if (_writeTurn is not null)
        {
            await _writeTurn.DisposeAsync();
            _writeTurn = null;
        }

        _module = null;
    }

    public ValueTask DisposeAsync() => EndAsync();

    private static InvalidOperationException NotActive() =>
        new("No unit of work is active: only command handlers and event consumers write.");
}
