using Dapper;
using OpsPlan.BuildingBlocks.Application.Paging;
using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// A record's status (or stage) history, which every workflow keeps in a table of its own: its rows are selected under
/// the aliases of <see cref="StatusChangeRow{TStatus}"/> and read newest first, paged by the time of the change
/// (changes are never edited, so that time is both keys). The record must exist (404), empty history or not.
/// </summary>
/// <param name="SelectFromSql">SELECT … FROM the history table, with the row's aliases.</param>
/// <param name="OwnerColumn">The history's column naming the record, such as <c>market_id</c>.</param>
/// <param name="ExistsSql">Counts the record by <c>@OwnerId</c>.</param>
/// <param name="Resource">The record's name in a 404, such as <c>Market</c>.</param>
public sealed record StatusHistory(string SelectFromSql, string OwnerColumn, string ExistsSql, string Resource)
{
    public async Task<Page<TDto>> ReadAsync<TStatus, TDto>(IDbConnectionFactory connectionFactory, Guid ownerId, IListQuery query, Func<StatusChangeRow<TStatus>, TDto> map,
        CancellationToken cancellationToken)
        where TStatus : struct, Enum
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await connection.EnsureExistsAsync(ExistsSql, new { OwnerId = ownerId }, Resource, ownerId, cancellationToken);
        var list = new KeysetListSql(SelectFromSql, query, "changed_at", "changed_at").WhereIfPresent(ownerId, OwnerColumn + " = @OwnerId", "OwnerId");
        return await list.ReadAsync(connection, connectionFactory.Dialect, (StatusChangeRow<TStatus> row) => (row.ChangedAt, row.ChangedAt, row.Id), map, cancellationToken);
    }
}

/// <summary>One move of a history: selected as Id, FromStatus, ToStatus, ChangedAt, ChangedBy (where kept) and Reason.</summary>
public sealed class StatusChangeRow<TStatus>
    where TStatus : struct, Enum
{
    public Guid Id { get; init; }

    public string? FromStatus { get; init; }

    public string ToStatus { get; init; } = "";

    public DateTime ChangedAt { get; init; }

    public string ChangedBy { get; init; } = "";

    public string Reason { get; init; } = "";

    /// <summary>Null for the first move: the record's creation.</summary>
    public TStatus? From => FromStatus is null ? null : EnumText.Parse<TStatus>(FromStatus);

    public TStatus To => EnumText.Parse<TStatus>(ToStatus);
}
