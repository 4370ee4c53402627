using System.Data;
using System.Text.Json;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class JsonRowsTests
{
    private static readonly Guid Id = Guid.Parse("0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b");
    private static readonly DateTime At = new DateTime(2026, 12, 6, 17, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567);

    private sealed record Item(string Name, long? Count, DateTime? At, DateOnly Day);

    private static void Write(JsonRowWriter row, Item item) =>
        row.Id("id", Id).Text("name", item.Name).Number("count", item.Count).Time("at", item.At).Date("day", item.Day);

    [Test]
    public async Task Sqlite_reads_every_value_back_in_its_stored_form()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        Item[] items = [new("a \"quoted\" name, ünïcode ✓", 42, At, new DateOnly(2026, 12, 6)), new("no count", null, null, new DateOnly(2026, 1, 31))];

        var rows = (await connection.QueryAsync<(string Id, string Name, long? Count, string? At, string Day)>("""
            SELECT json_extract(value, '$.id'), json_extract(value, '$.name'), json_extract(value, '$.count'),
                   json_extract(value, '$.at'), json_extract(value, '$.day')
            FROM json_each(CAST(@Rows AS TEXT)) ORDER BY key
            """, new { Rows = JsonRows.Of(items, SqlDialect.Sqlite, Write) })).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            (Id.ToString("D"), items[0].Name, (long?)42, (string?)SqliteTimestamp.ToText(At), "2026-12-06"),
            (Id.ToString("D"), "no count", (long?)null, (string?)null, "2026-01-31"),
        }));
    }

    [Test]
    public async Task Sqlite_reads_a_batch_larger_than_one_pooled_block_whole()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        var items = Enumerable.Range(0, 10_000).Select(index => new Item("item " + index, index, At, new DateOnly(2026, 12, 6))).ToList();

        var (count, sum, last) = await connection.QuerySingleAsync<(long, long, string)>("""
            SELECT COUNT(*), SUM(json_extract(value, '$.count')), MAX(json_extract(value, '$.name'))
            FROM json_each(CAST(@Rows AS TEXT))
            """, new { Rows = JsonRows.Of(items, SqlDialect.Sqlite, Write) });

        Assert.That((count, sum, last), Is.EqualTo((10_000L, 49_995_000L, "item 9999")));
    }

    [Test]
    public void Sql_server_gets_nvarchar_max_text_in_the_forms_it_converts()
    {
        using var command = new SqlCommand();
        Item[] items = [new("name", 7, At, new DateOnly(2026, 12, 6))];

        ((SqlMapper.ICustomQueryParameter)JsonRows.Of(items, SqlDialect.SqlServer, Write)).AddParameter(command, "Rows");

        var parameter = command.Parameters["Rows"];
        using var json = JsonDocument.Parse((string)parameter.Value);
        var row = json.RootElement[0];
        Assert.Multiple(() =>
        {
            Assert.That(parameter.SqlDbType, Is.EqualTo(SqlDbType.NVarChar));
            Assert.That(parameter.Size, Is.EqualTo(-1));
            Assert.That(row.GetProperty("id").GetString(), Is.EqualTo(Id.ToString("D")));
            Assert.That(row.GetProperty("at").GetString(), Is.EqualTo("2026-12-06T17:04:05.1234567"));
            Assert.That(row.GetProperty("day").GetString(), Is.EqualTo("2026-12-06"));
        });
    }
}
