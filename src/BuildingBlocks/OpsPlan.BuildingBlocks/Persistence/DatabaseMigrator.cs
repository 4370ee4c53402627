using System.Reflection;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using OpsPlan.BuildingBlocks.Modules;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// Applies each schema's scripts with DbUp: the platform schema's, then for every module the building blocks'
/// shared scripts (outbox, inbox, audit) followed by the module's own, each set journaled in its own schema.
/// </summary>
public sealed class DatabaseMigrator(DatabaseOptions options, string contentRoot, ModuleCatalog catalog, TimeProvider time, ILogger<DatabaseMigrator> logger)
{
    public const string PlatformSchema = "platform";
    private static readonly Assembly BuildingBlocks = typeof(DatabaseMigrator).Assembly;

    private readonly Lazy<IReadOnlyDictionary<string, int>> _expectedScriptCounts = new(() => CountScripts(options, catalog));
    private readonly Lazy<SqliteInstallation> _sqliteInstallation = new(() =>
        new SqliteInstallation(SqliteDirectory(options, contentRoot), [.. ScriptSets(catalog).Select(set => set.Schema)], PlatformSchema));

    public void Migrate()
    {
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            EnsureDatabase.For.SqlDatabase(SqlServerConnectionString, new DbUpLogger(logger));
        }
        else
        {
            SqliteInstallation.EnsureIntact(options.CreateMissingDatabases);
        }

        foreach (var (schema, scriptSets) in ScriptSets(catalog))
        {
            Upgrade(schema, scriptSets);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            SqliteInstallation.RecordSchemas(time.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>How many scripts each schema's journal lists once it is migrated: its schema version.</summary>
    public IReadOnlyDictionary<string, int> ExpectedScriptCounts => _expectedScriptCounts.Value;

    /// <summary>The embedded installation's files; one instance, so readiness remembers which files it found whole.</summary>
    public SqliteInstallation SqliteInstallation => _sqliteInstallation.Value;

    private static Dictionary<string, int> CountScripts(DatabaseOptions options, ModuleCatalog catalog) =>
        ScriptSets(catalog).ToDictionary(set => set.Schema, set => set.ScriptSets.Sum(scripts =>
            scripts.Assembly.GetManifestResourceNames().Count(name => IsScriptOf(options, name, scripts.Folder))));

    private static IEnumerable<(string Schema, IReadOnlyList<(Assembly Assembly, string? Folder)> ScriptSets)> ScriptSets(ModuleCatalog catalog) =>
        [(PlatformSchema, [(BuildingBlocks, "Platform")]), .. catalog.WithRecords.Select(module => (module.Name, (IReadOnlyList<(Assembly, string?)>)[(BuildingBlocks, "Module"), (module.Assembly, null)]))];

    private static bool IsScriptOf(DatabaseOptions options, string name, string? folder)
    {
        var marker = ".Migrations." + (options.Provider == DatabaseProvider.Sqlite ? "Sqlite" : "SqlServer") + "." + (folder is null ? string.Empty : folder + ".");
        return name.Contains(marker, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal) && (folder is not null || !IsSharedScript(name));
    }

    private string SqlServerConnectionString =>
        options.SqlServerConnectionString ?? throw new InvalidOperationException("Database:SqlServerConnectionString is required for SQL Server.");

    private void Upgrade(string schema, IReadOnlyList<(Assembly Assembly, string? Folder)> scriptSets)
    {
        var builder = Begin(schema);
        foreach (var (assembly, folder) in scriptSets)
        {
            builder = builder.WithScriptsEmbeddedInAssembly(assembly, name => IsScriptOf(options, name, folder));
        }

        var result = builder
            .WithVariable("schema", schema)
            .WithTransactionPerScript()
            .LogTo(new DbUpLogger(logger))
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migrating schema '{schema}' failed at {result.ErrorScript?.Name}.", result.Error);
        }
    }

    private static bool IsSharedScript(string name) => name.Contains(".Module.", StringComparison.Ordinal) || name.Contains(".Platform.", StringComparison.Ordinal);

    private UpgradeEngineBuilder Begin(string schema)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var directory = SqliteDirectory(options, contentRoot);
            Directory.CreateDirectory(directory);
            var file = SqliteConnectionFactory.SchemaFile(directory, schema);
            EnableWriteAheadLog(file);
            return DeployChanges.To.SqliteDatabase(SqliteConnectionFactory.ConnectionStringFor(file))
                .JournalToSqliteTable("schema_versions");
        }

        EnsureSqlServerSchema(schema);
        return DeployChanges.To.SqlDatabase(SqlServerConnectionString).JournalToSqlTable(schema, "schema_versions");
    }

    public static string SqliteDirectory(DatabaseOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.SqliteDirectory));

    // WAL lets readers run beside the single writer; the mode is stored in the file, so once is enough.
    private static void EnableWriteAheadLog(string file)
    {
        using var connection = new SqliteConnection(SqliteConnectionFactory.ConnectionStringFor(file));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    private void EnsureSqlServerSchema(string schema)
    {
        using var connection = new SqlConnection(SqlServerConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "IF SCHEMA_ID(@schema) IS NULL EXEC(N'CREATE SCHEMA ' + QUOTENAME(@schema));";
        command.Parameters.AddWithValue("@schema", schema);
        command.ExecuteNonQuery();
    }

    private sealed class DbUpLogger(ILogger logger) : DbUp.Engine.Output.IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => logger.LogTrace("{Message}", string.Format(format, args));

        public void LogDebug(string format, params object[] args) => logger.LogDebug("{Message}", string.Format(format, args));

        public void LogInformation(string format, params object[] args) => logger.LogInformation("{Message}", string.Format(format, args));

        public void LogWarning(string format, params object[] args) => logger.LogWarning("{Message}", string.Format(format, args));

        public void LogError(string format, params object[] args) => logger.LogError("{Message}", string.Format(format, args));

        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, "{Message}", string.Format(format, args));
    }
}
