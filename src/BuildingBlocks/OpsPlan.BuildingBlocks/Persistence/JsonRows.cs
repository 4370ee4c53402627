using System.Buffers;
using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.IO;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Many rows as one parameter: a JSON array the statement reads with <c>json_each(CAST(@Rows AS TEXT))</c> (SQLite)
/// or <c>OPENJSON … WITH</c> (SQL Server). Dapper runs a statement once per row of a list, binding every value each
/// time; a 10,000-event batch is one statement this way. Values are written in the form each provider stores:
/// on SQLite GUIDs as lower-case text and UTC times in the fixed layout of <see cref="SqliteTimestamp"/>; on SQL
/// Server text that converts to <c>uniqueidentifier</c>, <c>datetime2</c> and <c>date</c>.
/// </summary>
public static class JsonRows
{
    // The JSON is written into pooled blocks, then copied once into the parameter: a doubling buffer, its copy as
    // UTF-16 text and the provider's UTF-8 copy of that text put ~40 MB per 10,000-event batch on the large-object heap.
    private static readonly RecyclableMemoryStreamManager Streams = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 64 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 0,
    });

    /// <summary>An array of one object per row, written by <paramref name="write"/>.</summary>
    public static JsonRowsParameter Of<T>(IEnumerable<T> rows, SqlDialect dialect, Action<JsonRowWriter, T> write)
    {
        using var stream = Streams.GetStream(nameof(JsonRows));
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)stream))
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

        var written = stream.GetReadOnlySequence();
        if (dialect.Provider == DatabaseProvider.SqlServer)
        {
            return new JsonRowsParameter(Encoding.UTF8.GetString(written));
        }

        // SQLite takes the UTF-8 bytes as they are (a BLOB the statement casts to text); a string would be copied twice.
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)written.Length));
        written.CopyTo(bytes);
        return new JsonRowsParameter(bytes);
    }

    /// <summary>An array of texts, for <c>IN (SELECT value FROM json_each(@Values))</c> and its OPENJSON twin.</summary>
    public static string Texts(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    /// <summary>An array of ids in the provider's stored form.</summary>
    public static string Ids(IEnumerable<Guid> ids) => JsonSerializer.Serialize(ids.Select(id => id.ToString("D")));
}

/// <summary>The rows of <see cref="JsonRows.Of"/>: UTF-8 bytes on SQLite, <c>nvarchar(max)</c> text on SQL Server.</summary>
public sealed class JsonRowsParameter : SqlMapper.ICustomQueryParameter
{
    private readonly object _value;

    internal JsonRowsParameter(byte[] utf8) => _value = utf8;

    internal JsonRowsParameter(string text) => _value = text;

    public void AddParameter(IDbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = _value;
        if (_value is string)
        {
            parameter.DbType = DbType.String;
            parameter.Size = -1;
        }

        command.Parameters.Add(parameter);
    }
}

/// <summary>Writes one row's values, each under its column's name, in the form its provider stores.</summary>
public readonly struct JsonRowWriter(Utf8JsonWriter json, SqlDialect dialect)
{
    private const string SqlServerTime = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public JsonRowWriter Id(string name, Guid? value) => Formatted(name, value, "D");

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

    public JsonRowWriter Time(string name, DateTime? value) =>
        Formatted(name, value, dialect.Provider == DatabaseProvider.Sqlite ? SqliteTimestamp.Format : SqlServerTime);

    public JsonRowWriter Date(string name, DateOnly? value) => Formatted(name, value, "yyyy-MM-dd");

    // Formatted on the stack: a batch writes tens of thousands of ids and times, each a string to collect otherwise.
    private JsonRowWriter Formatted<T>(string name, T? value, string format)
        where T : struct, ISpanFormattable
    {
        if (value is not { } present)
        {
            json.WriteNull(name);
            return this;
        }

        Span<char> text = stackalloc char[36];
        present.TryFormat(text, out var length, format, CultureInfo.InvariantCulture);
        json.WriteString(name, text[..length]);
        return this;
    }
}
