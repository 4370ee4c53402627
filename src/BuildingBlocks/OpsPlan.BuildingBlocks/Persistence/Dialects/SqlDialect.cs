namespace OpsPlan.BuildingBlocks.Persistence.Dialects;

/// <summary>
/// The few places where SQLite and SQL Server need different text. Everything else is written once
/// in SQL both understand.
/// </summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect SqlServer = new SqlServerDialect();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The clause that ends an ordered SELECT after at most <paramref name="parameter"/> rows.</summary>
    public abstract string LimitClause(string parameter);

    public string Pick(string sqlite, string sqlServer) =>
        Provider == DatabaseProvider.Sqlite ? sqlite : sqlServer;

    private sealed class SqliteDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string LimitClause(string parameter) => "LIMIT " + parameter;
    }

    private sealed class SqlServerDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

        public override string LimitClause(string parameter) => "OFFSET 0 ROWS FETCH NEXT " + parameter + " ROWS ONLY";
    }
}
