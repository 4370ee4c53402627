using Microsoft.Data.Sqlite;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Whether one schema's SQLite file is there and whole: SQLite's <c>quick_check</c> (every page and b-tree, not the
/// index contents) on a read-only connection, so checking never creates or changes a file.
/// </summary>
public static class SqliteFileCheck
{
    /// <summary>A connection that reads the file as it is: it creates nothing, changes nothing and is not pooled.</summary>
    public static SqliteConnection OpenReadOnly(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Null when the file is whole; otherwise what is wrong with it.</summary>
    public static string? Problem(string file)
    {
        if (!File.Exists(file))
        {
            return "the file is missing";
        }

        try
        {
            using var connection = OpenReadOnly(file);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            var result = command.ExecuteScalar() as string;
            return result == "ok" ? null : "it is damaged (" + result + ")";
        }
        catch (SqliteException exception)
        {
            return "it is damaged (" + exception.Message + ")";
        }
    }
}
