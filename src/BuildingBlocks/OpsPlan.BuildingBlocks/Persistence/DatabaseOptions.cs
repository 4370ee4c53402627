namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: the folder that holds one file per schema (relative paths are under the content root).</summary>
    public string SqliteDirectory { get; set; } = "data";

    /// <summary>
    /// SQLite: start with an empty file for a schema whose file this installation had and lost. Off by default: a
    /// missing file stops the start, so a lost database is noticed instead of silently replaced with an empty one.
    /// </summary>
    public bool CreateMissingDatabases { get; set; }

    /// <summary>
    /// SQLite: the write-ahead log size, in 4 KB pages (65,536 = 256 MB), past which the background checkpoint holds
    /// writers back until the log starts over. Writes that never pause leave no moment for the log to start over by itself.
    /// </summary>
    public int WalPagesBeforeTruncate { get; set; } = 65_536;

    /// <summary>SQL Server: the connection string; the database is created when missing.</summary>
    public string? SqlServerConnectionString { get; set; }
}
