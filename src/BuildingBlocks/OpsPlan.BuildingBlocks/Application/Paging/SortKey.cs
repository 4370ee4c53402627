using System.Globalization;

namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>
/// A field a list may be sorted by: its name in <c>sort</c>, its column, and how to read and write its value, which a
/// sorted page's cursor carries so that the next page starts after the last row whatever the order.
/// </summary>
public sealed record SortKey(string Name, string Column, Func<object, string> ValueOf, Func<string, object> Parse)
{
    public static readonly SortKey CreatedAt = Of<IListRow, DateTime>("createdAt", "created_at", row => row.CreatedAt);
    public static readonly SortKey UpdatedAt = Of<IListRow, DateTime>("updatedAt", "updated_at", row => row.UpdatedAt);

    /// <summary>Every list may be sorted by when its records were created or last changed.</summary>
    public static readonly IReadOnlyList<SortKey> Defaults = [CreatedAt, UpdatedAt];

    public static SortKey Of<TRow, TValue>(string name, string column, Func<TRow, TValue> value)
        where TValue : notnull =>
        new(name, column, row => Format(value((TRow)row)), text => ParseAs<TValue>(text));

    /// <summary>The same key on another column (the created and updated columns differ between lists).</summary>
    public SortKey OnColumn(string column) => this with { Column = column };

    internal static string Format(object value) => value switch
    {
        DateTime moment => moment.Ticks.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.DayNumber.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static object ParseAs<TValue>(string text) => typeof(TValue) switch
    {
        var type when type == typeof(DateTime) => new DateTime(long.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        var type when type == typeof(DateOnly) => DateOnly.FromDayNumber(int.Parse(text, CultureInfo.InvariantCulture)),
        var type when type == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
        var type when type == typeof(long) => long.Parse(text, CultureInfo.InvariantCulture),
        _ => text,
    };
}
