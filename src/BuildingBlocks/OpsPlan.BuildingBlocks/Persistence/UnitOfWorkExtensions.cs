using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>Dapper calls bound to the unit of work's connection and transaction.</summary>
public static class UnitOfWorkExtensions
{
    public static Task<int> ExecuteAsync(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(Command(unitOfWork, sql, parameters, cancellationToken));

    /// <summary>
    /// Runs a set-based statement over all <paramref name="rows"/> at once, bound as the <see cref="JsonRows"/>
    /// parameter <c>@Rows</c> (the dialect picks the statement); runs nothing when there are no rows.
    /// </summary>
    public static Task ExecuteRowsAsync<T>(this IUnitOfWork unitOfWork, string sqlite, string sqlServer, IReadOnlyCollection<T> rows,
        Action<JsonRowWriter, T> write, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var dialect = unitOfWork.Dialect;
        return unitOfWork.ExecuteAsync(dialect.Pick(sqlite, sqlServer), new { Rows = JsonRows.Of(rows, dialect, write) }, cancellationToken);
    }

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QuerySingleOrDefaultAsync<T>(Command(unitOfWork, sql, parameters, cancellationToken));

    public static Task<IEnumerable<T>> QueryAsync<T>(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QueryAsync<T>(Command(unitOfWork, sql, parameters, cancellationToken));

    public static Task<T?> ExecuteScalarAsync<T>(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteScalarAsync<T>(Command(unitOfWork, sql, parameters, cancellationToken));

    /// <summary>
    /// Reads the row of a record a command is about to change: 404 when there is none, 412 when the caller's If-Match
    /// named another version.
    /// </summary>
    public static async Task<TRow> LoadAsync<TRow>(this IUnitOfWork unitOfWork, string sql, object parameters, string resource, object id, ExpectedVersion? expectedVersion, CancellationToken cancellationToken)
        where TRow : VersionedRow
    {
        var row = await unitOfWork.QuerySingleOrDefaultAsync<TRow>(sql, parameters, cancellationToken) ?? throw new NotFoundException(resource, id);
        ExpectedVersion.Check(expectedVersion, row.Version);
        return row;
    }

    /// <summary>Runs an update whose <c>WHERE version = @LoadedVersion</c> must find the row: otherwise another writer came first (412).</summary>
    public static async Task UpdateVersionedAsync(this IUnitOfWork unitOfWork, string sql, object parameters, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteAsync(sql, parameters, cancellationToken) != 1)
        {
            throw new PreconditionFailedException();
        }
    }

    /// <summary>
    /// The same versioned update for many rows in one command (prepared once, run per row): every row must be found at
    /// the version it was read at, or another writer came first (412) and the command's transaction rolls back.
    /// </summary>
    public static async Task UpdateVersionedAsync<TParameters>(this IUnitOfWork unitOfWork, string sql, IReadOnlyCollection<TParameters> rows, CancellationToken cancellationToken)
    {
        if (rows.Count > 0 && await unitOfWork.ExecuteAsync(sql, rows, cancellationToken) != rows.Count)
        {
            throw new PreconditionFailedException();
        }
    }

    /// <summary>
    /// One statement that updates <paramref name="rows"/> rows at once (their values in a <see cref="JsonRows"/>
    /// parameter): each must be found at the version it was read at, or another writer came first (412).
    /// </summary>
    public static async Task UpdateVersionedAsync(this IUnitOfWork unitOfWork, string sql, object parameters, int rows, CancellationToken cancellationToken)
    {
        if (rows > 0 && await unitOfWork.ExecuteAsync(sql, parameters, cancellationToken) != rows)
        {
            throw new PreconditionFailedException();
        }
    }

    private static CommandDefinition Command(IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, unitOfWork.Transaction, cancellationToken: cancellationToken);
}
