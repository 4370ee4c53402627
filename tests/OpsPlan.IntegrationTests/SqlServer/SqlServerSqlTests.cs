using System.Reflection;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>
/// SQL Server cannot run on these machines, so every statement meant for it is at least parsed as T-SQL: the
/// migrations, every SQL constant (by convention …Sql runs on both providers, …SqlServer on SQL Server only), and
/// the SQL each query handler builds at run time with the SQL Server dialect.
/// </summary>
public sealed class SqlServerSqlTests
{
    [TestCase("SELECT id FROM risk.risks ORDER BY id LIMIT 5")]
    [TestCase("UPDATE risk.outbox_messages SET attempts = 1 RETURNING id")]
    public void The_parser_refuses_what_only_sqlite_understands(string sqliteOnly)
    {
        Assert.That(TSql.Errors(sqliteOnly), Is.Not.Empty);
    }

    [Test]
    public void Every_sql_server_migration_parses()
    {
        var scripts = SqlServerStatements.Assemblies
            .SelectMany(assembly => assembly.GetManifestResourceNames().Where(name => name.Contains(".Migrations.SqlServer.", StringComparison.Ordinal))
                .Select(name => (Name: name, Text: Read(assembly, name))))
            .ToList();

        var failures = scripts.Select(script => (script.Name, Errors: TSql.Errors(script.Text.Replace("$schema$", SchemaOf(script.Name), StringComparison.Ordinal))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.Name}: {string.Join("; ", result.Errors)}");

        Assert.That(scripts, Has.Count.GreaterThanOrEqualTo(2 + SqlServerStatements.Modules.Length));
        Assert.That(failures, Is.Empty);
        TestContext.Out.WriteLine($"Parsed {scripts.Count} SQL Server migration scripts.");
    }

    [Test]
    public void Every_sql_constant_meant_for_sql_server_parses()
    {
        var constants = SqlServerStatements.Constants().ToList();

        var failures = constants
            .Select(constant => (constant.Name, constant.Sql, Errors: TSql.Errors(TSql.AsDapperSendsIt(constant.Sql.Replace("{schema}", "risk", StringComparison.Ordinal)))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.Name}: {string.Join("; ", result.Errors)}\n{result.Sql}");

        Assert.That(constants, Has.Count.GreaterThan(20));
        Assert.That(failures, Is.Empty);
        TestContext.Out.WriteLine($"Parsed {constants.Count} SQL constants.");
    }

    [Test]
    public void What_commands_compose_at_run_time_parses()
    {
        var failures = SqlServerStatements.ComposedByCommands()
            .Select(composed => (composed.Name, composed.Sql, Errors: TSql.Errors(TSql.AsDapperSendsIt(composed.Sql))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.Name}: {string.Join("; ", result.Errors)}\n{result.Sql}");

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Every_query_handler_builds_sql_that_sql_server_parses()
    {
        var (statements, queries, _) = await SqlServerStatements.BuiltByQueryHandlersAsync();
        var failures = statements.Select(statement => (statement.Sql, Errors: TSql.Errors(TSql.AsDapperSendsIt(statement.Sql))))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{string.Join("; ", result.Errors)}\n{result.Sql}");
        Assert.That(statements, Has.Count.GreaterThanOrEqualTo(queries), "every query should have sent at least one statement");
        Assert.That(failures, Is.Empty);
        TestContext.Out.WriteLine($"Parsed {statements.Count} statements built by {queries} query handlers.");
    }

    private static string SchemaOf(string resourceName) =>
        resourceName.Contains(".Platform.", StringComparison.Ordinal) ? DatabaseMigrator.PlatformSchema : "risk";

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
