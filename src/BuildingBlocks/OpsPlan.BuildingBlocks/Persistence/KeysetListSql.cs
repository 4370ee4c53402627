using System.Data.Common;
using Dapper;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Builds a filtered keyset page: only the filters a caller gave become conditions (so each query can use its
/// index), values are always parameters, and one row more than the page is read to know whether another follows.
/// </summary>
public sealed class KeysetListSql(string selectFrom, IListQuery query, string createdColumn = "created_at", string updatedColumn = "updated_at", string idColumn = "id",
    IReadOnlyList<SortKey>? sortable = null)
{
    private readonly List<string> _conditions = [];
    private readonly DynamicParameters _parameters = new();

    // A requested sort (checked by the list's validator against the same keys), or null for the default order.
    private readonly IReadOnlyList<SortTerm>? _sort = query.Sort is { } sort
        && ListSort.TryParse(sort, [SortKey.CreatedAt.OnColumn(createdColumn), SortKey.UpdatedAt.OnColumn(updatedColumn), .. sortable ?? []], out var terms, out _)
            ? terms
            : null;

    public int Limit { get; } = query.Limit ?? ListPaging.DefaultLimit;

    public PageOrder Order { get; } = ListPaging.OrderOf(query);

    /// <summary>Adds <paramref name="condition"/> (which names <c>@<paramref name="parameter"/></c>) when a value was given.</summary>
    public KeysetListSql WhereIfPresent(object? value, string condition, string parameter)
    {
        if (value is not null)
        {
            _conditions.Add(condition);
            _parameters.Add(parameter, value);
        }

        return this;
    }

    /// <summary>Adds <c><paramref name="column"/> IN (…)</c> for a multi-value enum filter when any value was given.</summary>
    public KeysetListSql WhereAnyOf<TEnum>(IReadOnlyList<TEnum>? values, string column, string parameter)
        where TEnum : struct, Enum =>
        values is { Count: > 0 } ? WhereIfPresent(values.Select(EnumText.ToText).ToArray(), column + " IN @" + parameter, parameter) : this;

    public KeysetListSql Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public KeysetListSql WithParameter(string parameter, object? value)
    {
        _parameters.Add(parameter, value);
        return this;
    }

    public CommandDefinition Build(SqlDialect dialect, CancellationToken cancellationToken)
    {
        var conditions = new List<string>(_conditions);
        string orderBy;
        if (_sort is not null)
        {
            orderBy = SortedOrder(_sort, conditions);
        }
        else if (Order == PageOrder.UpdatedAscending)
        {
            if (query.UpdatedSince is not null)
            {
                conditions.Add(updatedColumn + " >= @UpdatedSince");
                _parameters.Add("UpdatedSince", query.UpdatedSince);
            }

            orderBy = updatedColumn + " ASC, " + idColumn + " ASC";
        }
        else
        {
            orderBy = createdColumn + " DESC, " + idColumn + " DESC";
        }

        if (_sort is null && PageCursor.TryDecode(query.Cursor, out var cursor))
        {
            var (keyColumn, comparison) = Order == PageOrder.UpdatedAscending ? (updatedColumn, ">") : (createdColumn, "<");
            conditions.Add("(" + keyColumn + " " + comparison + " @CursorKey OR (" + keyColumn + " = @CursorKey AND " + idColumn + " " + comparison + " @CursorId))");
            _parameters.Add("CursorKey", cursor!.Key);
            _parameters.Add("CursorId", cursor.Id);
        }

        _parameters.Add("PageRows", Limit + 1);
        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        var sql = selectFrom + where + " ORDER BY " + orderBy + " " + dialect.LimitClause("@PageRows");
        return new CommandDefinition(sql, _parameters, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// <c>ORDER BY</c> the terms, then id; after a cursor, rows past its values in that order:
    /// <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR … OR (all equal AND id &gt; last id)</c>, with &lt; for descending keys.
    /// </summary>
    private string SortedOrder(IReadOnlyList<SortTerm> terms, List<string> conditions)
    {
        if (SortedCursor.TryDecode(query.Cursor, query.Sort!, terms, out var values, out var lastId))
        {
            var after = new List<string>();
            for (var i = 0; i <= terms.Count; i++)
            {
                var equal = terms.Take(i).Select((term, j) => term.Key.Column + " = @SortValue" + j);
                var past = i < terms.Count ? terms[i].Key.Column + (terms[i].Descending ? " < " : " > ") + "@SortValue" + i : idColumn + " > @CursorId";
                after.Add("(" + string.Join(" AND ", equal.Append(past)) + ")");
            }

            conditions.Add("(" + string.Join(" OR ", after) + ")");
            for (var i = 0; i < values.Count; i++)
            {
                _parameters.Add("SortValue" + i, values[i]);
            }

            _parameters.Add("CursorId", lastId);
        }

        return string.Join(", ", terms.Select(term => term.Key.Column + (term.Descending ? " DESC" : " ASC"))) + ", " + idColumn + " ASC";
    }

    /// <summary>Cuts the extra row and makes the next cursor from the last row kept.</summary>
    public Page<TItem> ToPage<TRow, TItem>(IEnumerable<TRow> rows, Func<TRow, (DateTime Created, DateTime Updated, Guid Id)> keys, Func<TRow, TItem> map)
    {
        var list = rows.ToList();
        var hasMore = list.Count > Limit;
        if (hasMore)
        {
            list.RemoveAt(list.Count - 1);
        }

        string? next = null;
        if (hasMore)
        {
            var last = list[^1];
            var (created, updated, id) = keys(last);
            next = _sort is null
                ? new PageCursor(Order, Order == PageOrder.UpdatedAscending ? updated : created, id).Encode()
                : new SortedCursor(query.Sort!, _sort.Select(term => term.Key.Name switch
                {
                    "createdAt" => SortKey.Format(created),
                    "updatedAt" => SortKey.Format(updated),
                    _ => term.Key.ValueOf(last!),
                }).ToList(), id).Encode();
        }

        return new Page<TItem>(list.Select(map).ToList(), next, SyncCursor(list, keys));
    }

    /// <summary>
    /// For a list of changes: after the last row returned; on an empty page, where the caller stood (the cursor sent,
    /// else just before <c>updatedSince</c>), so asking again with it never skips or repeats a change.
    /// </summary>
    private string? SyncCursor<TRow>(List<TRow> rows, Func<TRow, (DateTime Created, DateTime Updated, Guid Id)> keys)
    {
        if (Order != PageOrder.UpdatedAscending)
        {
            return null;
        }

        if (rows.Count > 0)
        {
            var (_, updated, id) = keys(rows[^1]);
            return new PageCursor(Order, updated, id).Encode();
        }

        return query.Cursor ?? new PageCursor(Order, query.UpdatedSince!.Value, Guid.Empty).Encode();
    }

    /// <summary>Reads the page on <paramref name="connection"/>; <paramref name="keys"/> gives a row's sort keys and id.</summary>
    public async Task<Page<TItem>> ReadAsync<TRow, TItem>(DbConnection connection, SqlDialect dialect, Func<TRow, (DateTime Created, DateTime Updated, Guid Id)> keys,
        Func<TRow, TItem> map, CancellationToken cancellationToken) =>
        ToPage(await connection.QueryAsync<TRow>(Build(dialect, cancellationToken)), keys, map);

    /// <summary>Reads the page of <see cref="IListRow"/> rows on <paramref name="connection"/>.</summary>
    public Task<Page<TItem>> ReadAsync<TRow, TItem>(DbConnection connection, SqlDialect dialect, Func<TRow, TItem> map, CancellationToken cancellationToken)
        where TRow : IListRow =>
        ReadAsync(connection, dialect, (TRow row) => (row.CreatedAt, row.UpdatedAt, row.Id), map, cancellationToken);

    /// <summary>Reads the page of <see cref="IListRow"/> rows on a connection of its own.</summary>
    public async Task<Page<TItem>> ReadAsync<TRow, TItem>(IDbConnectionFactory connectionFactory, Func<TRow, TItem> map, CancellationToken cancellationToken)
        where TRow : IListRow
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await ReadAsync(connection, connectionFactory.Dialect, map, cancellationToken);
    }
}
