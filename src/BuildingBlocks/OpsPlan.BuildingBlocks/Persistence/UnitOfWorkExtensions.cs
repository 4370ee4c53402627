using Dapper;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>Dapper calls bound to the unit of work's connection and transaction.</summary>
public static class UnitOfWorkExtensions
{
    public static Task<int> ExecuteAsync(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteAsync(Command(unitOfWork, sql, parameters, cancellationToken));

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QuerySingleOrDefaultAsync<T>(Command(unitOfWork, sql, parameters, cancellationToken));

    public static Task<IEnumerable<T>> QueryAsync<T>(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QueryAsync<T>(Command(unitOfWork, sql, parameters, cancellationToken));

    public static Task<T?> ExecuteScalarAsync<T>(this IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        unitOfWork.Connection.ExecuteScalarAsync<T>(Command(unitOfWork, sql, parameters, cancellationToken));

    private static CommandDefinition Command(IUnitOfWork unitOfWork, string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, unitOfWork.Transaction, cancellationToken: cancellationToken);
}
