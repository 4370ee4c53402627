using System.Data.Common;
using Microsoft.Data.SqlClient;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

internal sealed class SqlServerConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public SqlDialect Dialect => SqlDialect.SqlServer;

    public ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult(NoTurn.Instance);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly IAsyncDisposable Instance = new NoTurn();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
