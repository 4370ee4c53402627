using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.BuildingBlocks.Persistence.Dialects;

namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>
/// A SQL Server-dialect connection that runs nothing: it records each command's text with the SQL Server type of each
/// parameter as Dapper bound it, and answers with no rows (and 1 for scalars, so "does it exist" checks let a handler
/// go on to its main query).
/// </summary>
internal sealed class RecordingConnectionFactory : IDbConnectionFactory
{
    public ConcurrentBag<RecordedStatement> Statements { get; } = [];

    public SqlDialect Dialect => SqlDialect.SqlServer;

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<DbConnection>(new RecordingConnection(Statements));

    public ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken) => throw new NotSupportedException("Queries only.");

    private sealed class RecordingConnection(ConcurrentBag<RecordedStatement> statements) : DbConnection
    {
        private ConnectionState _state = ConnectionState.Open;

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string ConnectionString { get; set; } = "";

        public override string Database => "recording";

        public override string DataSource => "recording";

        public override string ServerVersion => "16.0";

        public override ConnectionState State => _state;

        public override void ChangeDatabase(string databaseName)
        {
        }

        public override void Close() => _state = ConnectionState.Closed;

        public override void Open() => _state = ConnectionState.Open;

        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => throw new NotSupportedException("Queries only.");

        protected override DbCommand CreateDbCommand() => new RecordingCommand(statements) { Connection = this };
    }

    private sealed class RecordingCommand(ConcurrentBag<RecordedStatement> statements) : DbCommand
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string CommandText { get; set; } = "";

        public override int CommandTimeout { get; set; }

        public override CommandType CommandType { get; set; }

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection { get; set; }

        protected override DbParameterCollection DbParameterCollection { get; } = new ParameterList();

        protected override DbTransaction? DbTransaction { get; set; }

        public override void Cancel()
        {
        }

        public override int ExecuteNonQuery() => Record(0);

        public override object ExecuteScalar() => Record(1L);

        public override void Prepare()
        {
        }

        protected override DbParameter CreateDbParameter() => new Microsoft.Data.SqlClient.SqlParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Record(new DataTable().CreateDataReader());

        private T Record<T>(T answer)
        {
            statements.Add(new RecordedStatement(CommandText, DbParameterCollection.Cast<Microsoft.Data.SqlClient.SqlParameter>()
                .Where(parameter => parameter.Value is not (null or DBNull))
                .ToDictionary(parameter => parameter.ParameterName.TrimStart('@'), TypeOf, StringComparer.OrdinalIgnoreCase)));
            return answer;
        }
    }

    /// <summary>The declaration SQL Server would infer for the parameter SqlClient sends (lengths at their widest).</summary>
    private static string TypeOf(Microsoft.Data.SqlClient.SqlParameter parameter) => parameter.SqlDbType switch
    {
        SqlDbType.UniqueIdentifier => "uniqueidentifier",
        SqlDbType.NVarChar or SqlDbType.NChar or SqlDbType.NText => "nvarchar(max)",
        SqlDbType.VarChar or SqlDbType.Char or SqlDbType.Text => "varchar(max)",
        SqlDbType.VarBinary or SqlDbType.Binary or SqlDbType.Image => "varbinary(max)",
        SqlDbType.Decimal => "decimal(38, 10)",
        SqlDbType.DateTime or SqlDbType.DateTime2 or SqlDbType.SmallDateTime => "datetime2",
        var type => type.ToString().ToLowerInvariant(),
    };

    private sealed class ParameterList : DbParameterCollection
    {
        private readonly List<DbParameter> _items = [];

        public override int Count => _items.Count;

        public override object SyncRoot => _items;

        public override int Add(object value)
        {
            _items.Add((DbParameter)value);
            return _items.Count - 1;
        }

        public override void AddRange(Array values)
        {
            foreach (var value in values)
            {
                Add(value);
            }
        }

        public override void Clear() => _items.Clear();

        public override bool Contains(object value) => _items.Contains((DbParameter)value);

        public override bool Contains(string value) => _items.Any(item => item.ParameterName == value);

        public override void CopyTo(Array array, int index) => ((System.Collections.ICollection)_items).CopyTo(array, index);

        public override System.Collections.IEnumerator GetEnumerator() => _items.GetEnumerator();

        public override int IndexOf(object value) => _items.IndexOf((DbParameter)value);

        public override int IndexOf(string parameterName) => _items.FindIndex(item => item.ParameterName == parameterName);

        public override void Insert(int index, object value) => _items.Insert(index, (DbParameter)value);

        public override void Remove(object value) => _items.Remove((DbParameter)value);

        public override void RemoveAt(int index) => _items.RemoveAt(index);

        public override void RemoveAt(string parameterName) => _items.RemoveAt(IndexOf(parameterName));

        protected override DbParameter GetParameter(int index) => _items[index];

        protected override DbParameter GetParameter(string parameterName) => _items[IndexOf(parameterName)];

        protected override void SetParameter(int index, DbParameter value) => _items[index] = value;

        protected override void SetParameter(string parameterName, DbParameter value) => _items[IndexOf(parameterName)] = value;
    }
}

/// <summary>A statement as sent, with the declared type of each parameter that carried a value.</summary>
internal sealed record RecordedStatement(string Sql, IReadOnlyDictionary<string, string> ParameterTypes);
