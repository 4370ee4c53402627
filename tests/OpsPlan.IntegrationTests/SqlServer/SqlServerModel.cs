using System.Text.RegularExpressions;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>
/// The SQL Server schema the migrations build, as a DacFx model, with no server: each module's scripts in order,
/// folded into the final definitions (an added column joins its table, a dropped index or table leaves). Statements are then
/// added as procedure bodies, so the model resolves every table and column they name. A migration's own data
/// statements (backfills) are resolved against the tables as they stood when the script ran, in a model of their own.
/// </summary>
internal sealed partial class SqlServerModel : IDisposable
{
    private readonly TSqlModel _model = new(SqlServerVersion.Sql160, new TSqlModelOptions());
    private readonly Dictionary<string, string> _origins = [];
    private readonly List<SqlServerModel> _asTheyStood = [];

    private SqlServerModel()
    {
    }

    /// <summary>Migration statements that are neither definitions nor checked as bodies: must stay empty or be explained.</summary>
    public List<string> Unchecked { get; } = [];

    public int Definitions { get; private set; }

    public static SqlServerModel FromMigrations() =>
        FromScripts([DatabaseMigrator.PlatformSchema, .. SqlServerStatements.ModuleSchemas], ScriptsOf);

    /// <summary>The model of <paramref name="schemas"/>' scripts, each schema's in order (the self-tests give their own).</summary>
    public static SqlServerModel FromScripts(IReadOnlyList<string> schemas, Func<string, IEnumerable<(string Name, string Text)>> scriptsOf)
    {
        var model = new SqlServerModel();
        var tables = new Dictionary<string, CreateTableStatement>(StringComparer.OrdinalIgnoreCase);
        var indexes = new List<(string Table, string Name, CreateIndexStatement Statement)>();
        var bodies = new List<(string Origin, string Sql, IReadOnlyList<string> Tables)>();
        foreach (var schema in schemas)
        {
            foreach (var (name, text) in scriptsOf(schema))
            {
                foreach (var statement in Parse(text, name))
                {
                    switch (statement)
                    {
                        case CreateTableStatement create:
                            tables[Name(create.SchemaObjectName)] = create;
                            break;
                        case CreateIndexStatement index:
                            indexes.Add((Name(index.OnName), index.Name.Value, index));
                            break;
                        case AlterTableAddTableElementStatement add when tables.TryGetValue(Name(add.SchemaObjectName), out var table):
                            foreach (var column in add.Definition.ColumnDefinitions)
                            {
                                table.Definition.ColumnDefinitions.Add(column);
                            }

                            foreach (var constraint in add.Definition.TableConstraints)
                            {
                                table.Definition.TableConstraints.Add(constraint);
                            }

                            break;
                        case DropIndexStatement drop:
                            foreach (var clause in drop.DropIndexClauses.OfType<DropIndexClause>())
                            {
                                indexes.RemoveAll(index => index.Name.Equals(clause.Index.Value, StringComparison.OrdinalIgnoreCase)
                                    && index.Table.Equals(Name(clause.Object), StringComparison.OrdinalIgnoreCase));
                            }

                            break;
                        case DropTableStatement drop:
                            foreach (var dropped in drop.Objects.Select(Name))
                            {
                                tables.Remove(dropped);
                                indexes.RemoveAll(index => index.Table.Equals(dropped, StringComparison.OrdinalIgnoreCase));
                            }

                            break;
                        case InsertStatement or UpdateStatement or DeleteStatement:
                            bodies.Add((name, Script(statement), tables.Values.Select(Script).ToList()));
                            break;
                        default:
                            model.Unchecked.Add($"{name}: {statement.GetType().Name}");
                            break;
                    }
                }
            }
        }

        model.Define(schemas, tables.Values.Cast<TSqlStatement>().Concat(indexes.Select(index => index.Statement)).Select(Script));
        foreach (var backfills in bodies.GroupBy(body => string.Join("\n", body.Tables)))
        {
            var asItStood = new SqlServerModel();
            asItStood.Define(schemas, backfills.First().Tables);
            foreach (var (origin, sql, _) in backfills)
            {
                asItStood.AddStatement(origin + " (against the tables as they stood)", sql);
            }

            model._asTheyStood.Add(asItStood);
        }

        return model;
    }

    private void Define(IEnumerable<string> schemas, IEnumerable<string> definitions)
    {
        foreach (var schema in schemas)
        {
            _model.AddObjects($"CREATE SCHEMA [{schema}];");
        }

        foreach (var definition in definitions)
        {
            _model.AddObjects(definition);
            Definitions++;
        }
    }

    /// <summary>
    /// Adds <paramref name="sql"/> as a procedure whose parameters are the statement's own, so the model resolves its
    /// names: typed as Dapper bound them when the statement was recorded being sent (<paramref name="parameterTypes"/>),
    /// else <c>sql_variant</c> (a constant only commands send, with parameters from an object the test cannot see).
    /// </summary>
    public void AddStatement(string origin, string sql, IReadOnlyDictionary<string, string>? parameterTypes = null)
    {
        var name = $"check_{_origins.Count}";
        _origins[name] = origin;
        var parameters = Parameter().Matches(sql).Select(match => match.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(parameter => $"@{parameter} {parameterTypes?.GetValueOrDefault(parameter) ?? "sql_variant"}");
        _model.AddObjects($"CREATE PROCEDURE [dbo].[{name}] {string.Join(", ", parameters)} AS BEGIN\n{sql}\nEND");
    }

    /// <summary>Every model error, and every unresolved reference (SQL71501/71502), with the statement's origin.</summary>
    public List<string> Problems() =>
        _asTheyStood.SelectMany(model => model.Problems()).Concat(OwnProblems()).Distinct().ToList();

    private IEnumerable<string> OwnProblems() =>
        _model.Validate()
            .Where(message => message.MessageType == Microsoft.SqlServer.Dac.DacMessageType.Error || message.Number is 71501 or 71502)
            .Select(message => CheckName().Match(message.Message) is { Success: true } match && _origins.TryGetValue(match.Groups[1].Value, out var origin)
                ? $"{origin}: {message.Prefix}{message.Number} {message.Message}"
                : $"{message.Prefix}{message.Number} {message.Message}");

    public void Dispose()
    {
        _model.Dispose();
        _asTheyStood.ForEach(model => model.Dispose());
    }

    private static IEnumerable<(string Name, string Text)> ScriptsOf(string schema)
    {
        var buildingBlocks = typeof(DatabaseMigrator).Assembly;
        var kind = schema == DatabaseMigrator.PlatformSchema ? ".Migrations.SqlServer.Platform." : ".Migrations.SqlServer.Module.";
        var shared = buildingBlocks.GetManifestResourceNames().Where(name => name.Contains(kind, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name => (name, Read(buildingBlocks, name)));
        var own = SqlServerStatements.Modules.Where(module => module.Descriptor.Name == schema)
            .SelectMany(module => module.Descriptor.Assembly.GetManifestResourceNames().Where(name => name.Contains(".Migrations.SqlServer.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).Select(name => (name, Read(module.Descriptor.Assembly, name))));
        return shared.Concat(own).Select(script => (script.name, script.Item2.Replace("$schema$", schema, StringComparison.Ordinal)));
    }

    private static IEnumerable<TSqlStatement> Parse(string text, string origin)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(text);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        Assert.That(errors, Is.Empty, origin);
        return script.Batches.SelectMany(batch => batch.Statements);
    }

    private static string Name(SchemaObjectName name) => $"{name.SchemaIdentifier?.Value}.{name.BaseIdentifier.Value}";

    private static string Script(TSqlFragment fragment)
    {
        new Sql160ScriptGenerator().GenerateScript(fragment, out var script);
        return script;
    }

    private static string Read(System.Reflection.Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<!@)@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\[dbo\]\.\[(check_\d+)\]")]
    private static partial Regex CheckName();
}
