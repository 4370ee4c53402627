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

    /// <summary>
    /// Ids for an <c>IN @Ids</c> list. Dapper expands lists without the GUID type handler, so the values are given
    /// in the form each provider stores: text on SQLite, uniqueidentifier on SQL Server.
    /// </summary>
    public abstract IReadOnlyList<object> IdList(IEnumerable<Guid> ids);

    public string Pick(string sqlite, string sqlServer) =>
        Provider == DatabaseProvider.Sqlite ? sqlite : sqlServer;

    private sealed class SqliteDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string LimitClause(string parameter) => "LIMIT " + parameter;

        public override IReadOnlyList<object> IdList(IEnumerable<Guid> ids) => ids.Select(id => (object)id.ToString("D")).ToArray();
    }

    private sealed class SqlServerDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

        public override string LimitClause(string parameter) => "OFFSET 0 ROWS FETCH NEXT " + parameter + " ROWS ONLY";

        public override IReadOnlyList<object> IdList(IEnumerable<Guid> ids) => ids.Cast<object>().ToArray();
    }
}
