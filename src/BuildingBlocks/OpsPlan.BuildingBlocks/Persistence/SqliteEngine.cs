using SQLitePCL;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Process-wide SQLite settings, applied before the first database is opened. SQLite keeps memory statistics by
/// default, under one global mutex taken on every allocation: with requests preparing statements on both cores,
/// that mutex cost a read about 4 µs of its ~76 (docs/benchmarks.md). Nothing here reads the statistics.
/// </summary>
public static class SqliteEngine
{
    private const int ConfigMemStatus = 9; // SQLITE_CONFIG_MEMSTATUS
    private static readonly Lazy<bool> Configured = new(ApplyOnce);

    /// <summary>True when the settings are in force; false when SQLite was already in use in this process, which keeps its defaults.</summary>
    public static bool Configure() => Configured.Value;

    private static bool ApplyOnce()
    {
        Batteries_V2.Init();
        // SQLite refuses configuration (SQLITE_MISUSE) once initialized, i.e. once something opened a database first.
        return raw.sqlite3_config(ConfigMemStatus, 0) == raw.SQLITE_OK;
    }
}
