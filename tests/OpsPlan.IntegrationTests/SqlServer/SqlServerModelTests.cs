namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>
/// Beyond parsing, with no server: every SQL Server statement the code sends names only tables and columns that the
/// migrations create, checked by DacFx against the model they build (SQL71501/SQL71502 are unresolved names).
/// </summary>
public sealed class SqlServerModelTests
{
    [Test]
    public void The_migrations_build_a_valid_model_leaving_nothing_unchecked()
    {
        using var model = SqlServerModel.FromMigrations();

        Assert.That(model.Unchecked, Is.Empty);
        Assert.That(model.Problems(), Is.Empty);
        TestContext.Out.WriteLine($"{model.Definitions} definitions.");
    }

    [Test]
    public async Task Every_statement_resolves_against_the_migrated_schema()
    {
        using var model = SqlServerModel.FromMigrations();
        var constants = SqlServerStatements.Constants().ToList();
        foreach (var (name, sql) in constants)
        {
            foreach (var schema in sql.Contains("{schema}", StringComparison.Ordinal) ? SqlServerStatements.ModuleSchemas.Select(schema => (string?)schema) : [null])
            {
                model.AddStatement(name, TSql.AsDapperSendsIt(schema is null ? sql : sql.Replace("{schema}", schema, StringComparison.Ordinal)));
            }
        }

        var composed = SqlServerStatements.ComposedByCommands().ToList();
        foreach (var (name, sql) in composed)
        {
            model.AddStatement(name, TSql.AsDapperSendsIt(sql));
        }

        var (built, queries, silent) = await SqlServerStatements.BuiltByQueryHandlersAsync();
        foreach (var statement in built)
        {
            model.AddStatement("built by a query handler: " + statement.Sql, TSql.AsDapperSendsIt(statement.Sql), statement.ParameterTypes);
        }

        Assert.That(model.Problems(), Is.Empty);
        Assert.That(silent, Is.Empty, "these shapes of a query were refused before reaching the database, so their SQL went unchecked");
        TestContext.Out.WriteLine($"Resolved {constants.Count} SQL constants, {composed.Count} composed by commands and {built.Count} statements built by {queries} query handlers.");
    }

    [TestCase("SELECT id, titel FROM risk.risks WHERE id = @Id", "titel")]
    [TestCase("SELECT id FROM risk.riskz WHERE id = @Id", "riskz")]
    public void A_wrong_column_or_table_fails_the_check(string sql, string wrong)
    {
        using var model = SqlServerModel.FromMigrations();

        model.AddStatement("self-test", sql);

        Assert.That(model.Problems(), Has.Some.Contains("self-test").And.Contains(wrong));
    }

    [Test]
    public void A_backfill_is_resolved_against_the_tables_as_they_stood_when_it_ran()
    {
        (string, string)[] scripts =
        [
            ("0001_create.sql", "CREATE TABLE risk.items (id INT NOT NULL PRIMARY KEY, title NVARCHAR(200) NOT NULL);"),
            ("0002_backfill_too_early.sql", "UPDATE risk.items SET label = title;"),
            ("0003_add_label.sql", "ALTER TABLE risk.items ADD label NVARCHAR(200) NULL;"),
            ("0004_backfill.sql", "UPDATE risk.items SET label = title WHERE label IS NULL;"),
        ];
        using var model = SqlServerModel.FromScripts(["risk"], _ => scripts);

        var problems = model.Problems();

        Assert.Multiple(() =>
        {
            Assert.That(problems, Has.Some.Contains("0002_backfill_too_early.sql").And.Contains("label"), "the column came later");
            Assert.That(problems, Has.None.Contains("0004_backfill.sql"));
        });
    }

    [Test]
    public void A_dropped_table_leaves_the_model_after_its_data_moved()
    {
        (string, string)[] scripts =
        [
            ("0001_create.sql", "CREATE TABLE risk.marks (owner_id INT NOT NULL, month DATE NOT NULL, CONSTRAINT pk_marks PRIMARY KEY (owner_id, month));"),
            ("0002_rekey.sql", """
                CREATE TABLE risk.monthly_marks (month DATE NOT NULL, owner_id INT NOT NULL, CONSTRAINT pk_monthly_marks PRIMARY KEY (month, owner_id));
                INSERT INTO risk.monthly_marks (month, owner_id) SELECT month, owner_id FROM risk.marks;
                DROP TABLE risk.marks;
                """),
        ];
        using var model = SqlServerModel.FromScripts(["risk"], _ => scripts);

        model.AddStatement("self-test", "SELECT owner_id FROM risk.marks");

        Assert.Multiple(() =>
        {
            Assert.That(model.Unchecked, Is.Empty);
            Assert.That(model.Problems(), Has.Some.Contains("self-test").And.Contains("marks"), "the table is gone");
            Assert.That(model.Problems(), Has.None.Contains("0002_rekey.sql"), "the move ran while both tables stood");
        });
    }
}
