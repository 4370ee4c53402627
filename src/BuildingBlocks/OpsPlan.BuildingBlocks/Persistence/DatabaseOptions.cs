namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: the folder that holds one file per schema (relative paths are under the content root).</summary>
    public string SqliteDirectory { get; set; } = "data";

    /// <summary>SQL Server: the connection string; the database is created when missing.</summary>
    public string? SqlServerConnectionString { get; set; }
}
