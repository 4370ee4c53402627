using System.Data.Common;
using Dapper;
using OpsPlan.BuildingBlocks.Application.Errors;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>The reads every query handler makes: one record or a 404 that names it.</summary>
public static class ReadModelQueries
{
    public static async Task<TRow> SingleOrNotFoundAsync<TRow>(this DbConnection connection, string sql, object parameters, string resource, object id,
        CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
        ?? throw new NotFoundException(resource, id);

    public static async Task<TRow> SingleOrNotFoundAsync<TRow>(this IDbConnectionFactory connectionFactory, string sql, object parameters, string resource, object id,
        CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await connection.SingleOrNotFoundAsync<TRow>(sql, parameters, resource, id, cancellationToken);
    }

    /// <summary>404 unless <paramref name="countSql"/> counts at least one row: the parent of a nested list must exist.</summary>
    public static async Task EnsureExistsAsync(this DbConnection connection, string countSql, object parameters, string resource, object id, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(countSql, parameters, cancellationToken: cancellationToken)) == 0)
        {
            throw new NotFoundException(resource, id);
        }
    }
}
