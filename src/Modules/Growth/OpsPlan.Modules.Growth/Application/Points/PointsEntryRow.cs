using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Points;
using OpsPlan.Modules.Growth.Domain.Points;

namespace OpsPlan.Modules.Growth.Application.Points;

/// <summary>A row of <c>growth.points_entries</c>.</summary>
internal sealed class PointsEntryRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, customer_id AS CustomerId, entry_key AS EntryKey, kind AS Kind, points AS Points, source AS Source, source_id AS SourceId,
               reason AS Reason, occurred_at AS OccurredAt, balance AS Balance
        FROM growth.points_entries
        """;

    public Guid Id { get; init; }

    public Guid CustomerId { get; init; }

    public string EntryKey { get; init; } = "";

    public string Kind { get; init; } = "";

    public long Points { get; init; }

    public string Source { get; init; } = "";

    public Guid? SourceId { get; init; }

    public string Reason { get; init; } = "";

    public DateTime OccurredAt { get; init; }

    public long Balance { get; init; }

    public PointsEntry ToDomain() => new(Id, CustomerId, EntryKey, EnumText.Parse<PointsEntryKind>(Kind), Points, EnumText.Parse<PointsSource>(Source), SourceId, Reason,
        OccurredAt, Balance);

    public static PointsEntryDto ToDto(PointsEntry entry) => new(entry.Id, entry.CustomerId, entry.Key, entry.Kind, entry.Points, entry.Source, entry.SourceId,
        entry.Reason, entry.OccurredAt, entry.Balance);

    public static object Parameters(PointsEntry entry) => new
    {
        entry.Id,
        entry.CustomerId,
        EntryKey = entry.Key,
        Kind = EnumText.ToText(entry.Kind),
        entry.Points,
        Source = EnumText.ToText(entry.Source),
        entry.SourceId,
        entry.Reason,
        entry.OccurredAt,
        entry.Balance,
    };
}
