using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// The embedded installation's files, one per schema. A file can be lost (deleted, a volume not mounted) or damaged
/// (truncated, overwritten): the API then refuses to start rather than silently creating an empty one, and readiness
/// turns red while it runs. The platform database records which schemas were created, so a new module's first start
/// is told from a lost file.
/// </summary>
public sealed class SqliteInstallation(string directory, IReadOnlyList<string> schemas, string platformSchema)
{
    private const string RecordSqlite = "INSERT OR IGNORE INTO schema_files (schema_name, created_at) VALUES (@Schema, @Now)";
    private const string CreatedSqlite = "SELECT schema_name FROM schema_files";

    // A whole file stays whole until it changes: its quick_check is repeated only when its size or time moves.
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written)> _checked = new();

    private string FileOf(string schema) => SqliteConnectionFactory.SchemaFile(directory, schema);

    /// <summary>Throws, naming every lost or damaged file, unless the installation is new or whole.</summary>
    public void EnsureIntact(bool createMissing)
    {
        if (!schemas.Any(schema => File.Exists(FileOf(schema))))
        {
            return;
        }

        var created = CreatedSchemas();
        var problems = new List<string>();
        foreach (var schema in schemas)
        {
            var file = FileOf(schema);
            if (!File.Exists(file))
            {
                // Every other file is made after the platform's, so without it the installation lost it.
                if ((schema == platformSchema || created.Contains(schema)) && !createMissing)
                {
                    problems.Add($"{schema} ({file}): the file is missing");
                }
            }
            else if (SqliteFileCheck.Problem(file) is { } problem)
            {
                problems.Add($"{schema} ({file}): {problem}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The API does not start on a lost or damaged database: " + string.Join("; ", problems)
                + ". Restore the file from a backup; or, to start a missing one empty, set Database:CreateMissingDatabases=true.");
        }
    }

    public void RecordSchemas(DateTime now)
    {
        using var connection = new SqliteConnection(SqliteConnectionFactory.ConnectionStringFor(FileOf(platformSchema)));
        connection.Execute(RecordSqlite, schemas.Select(schema => new { Schema = schema, Now = now }));
    }

    /// <summary>Null when every file is there, whole and at its schema version; otherwise what is wrong.</summary>
    public string? ReadinessProblem(IReadOnlyDictionary<string, int> expectedScripts)
    {
        foreach (var schema in schemas)
        {
            var file = FileOf(schema);
            if (Problem(file, expectedScripts[schema]) is { } problem)
            {
                _checked.TryRemove(file, out _);
                return $"The {schema} database: {problem}.";
            }
        }

        return null;
    }

    private string? Problem(string file, int expectedScripts)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return "the file is missing";
        }

        if (_checked.TryGetValue(file, out var seen) && seen == (info.Length, info.LastWriteTimeUtc))
        {
            return null;
        }

        if (SqliteFileCheck.Problem(file) is { } damaged)
        {
            return damaged;
        }

        using var connection = SqliteFileCheck.OpenReadOnly(file);
        var applied = TryCount(connection);
        if (applied != expectedScripts)
        {
            return $"its schema version is {applied} scripts, not {expectedScripts}";
        }

        _checked[file] = (info.Length, info.LastWriteTimeUtc);
        return null;
    }

    private static long TryCount(SqliteConnection connection)
    {
        try
        {
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_versions");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private HashSet<string> CreatedSchemas()
    {
        var platform = FileOf(platformSchema);
        if (!File.Exists(platform))
        {
            return [];
        }

        try
        {
            using var connection = SqliteFileCheck.OpenReadOnly(platform);
            return [.. connection.Query<string>(CreatedSqlite)];
        }
        catch (SqliteException)
        {
            // An installation from before the record: its schemas are recorded on this start.
            return [];
        }
    }
}
