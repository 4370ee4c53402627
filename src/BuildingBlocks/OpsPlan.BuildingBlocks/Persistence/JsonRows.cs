using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Many rows as one text parameter: a JSON array the statement reads with <c>json_each</c> (SQLite) or
/// <c>OPENJSON … WITH</c> (SQL Server). Dapper runs a statement once per row of a list, binding every value each
/// time; a 10,000-event batch is one statement this way. Values are written in the form each provider stores:
/// on SQLite GUIDs as lower-case text and UTC times in the fixed layout of <see cref="SqliteTimestamp"/>; on SQL
/// Server text that converts to <c>uniqueidentifier</c>, <c>datetime2</c> and <c>date</c>.
/// </summary>
public static class JsonRows
{
    /// <summary>An array of one object per row, written by <paramref name="write"/>.</summary>
    public static string Of<T>(IEnumerable<T> rows, SqlDialect dialect, Action<JsonRowWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            var row = new JsonRowWriter(json, dialect);
            foreach (var item in rows)
            {
                json.WriteStartObject();
                write(row, item);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An array of texts, for <c>IN (SELECT value FROM json_each(@Values))</c> and its OPENJSON twin.</summary>
    public static string Texts(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    /// <summary>An array of ids in the provider's stored form.</summary>
    public static string Ids(IEnumerable<Guid> ids) => JsonSerializer.Serialize(ids.Select(id => id.ToString("D")));
}

/// <summary>Writes one row's values, each under its column's name, in the form its provider stores.</summary>
public readonly struct JsonRowWriter(Utf8JsonWriter json, SqlDialect dialect)
{
    private const string SqlServerTime = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public JsonRowWriter Id(string name, Guid? value) => Text(name, value?.ToString("D"));

    public JsonRowWriter Text(string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }

        return this;
    }

    public JsonRowWriter Number(string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }

        return this;
    }

    public JsonRowWriter Time(string name, DateTime? value) => Text(name, value is { } time
        ? dialect.Provider == DatabaseProvider.Sqlite ? SqliteTimestamp.ToText(time) : time.ToString(SqlServerTime, CultureInfo.InvariantCulture)
        : null);

    public JsonRowWriter Date(string name, DateOnly? value) => Text(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
