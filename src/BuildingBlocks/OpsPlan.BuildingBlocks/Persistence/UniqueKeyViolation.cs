using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace OpsPlan.BuildingBlocks.Persistence;

public static class UniqueKeyViolation
{
    private const int SqliteConstraint = 19;

    /// <summary>True when an insert hit a primary key or unique index: SQLite's constraint error, SQL Server's 2627 or 2601.</summary>
    public static bool Is(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        SqlException sql => sql.Number is 2627 or 2601,
        _ => false,
    };
}
