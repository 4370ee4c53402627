using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace OpsPlan.BuildingBlocks.Persistence;

/// <summary>
/// A sum that no longer fits: checked arithmetic in C#, SQLite's <c>sum()</c> ("integer overflow") or SQL Server's
/// error 8115. Amounts are bounded (<see cref="Domain.Money.MaxAmount"/>), so only adding up very many of the largest
/// gets here; it is a refusal to report (409), never a 500 and never a float.
/// </summary>
public static class ArithmeticOverflow
{
    public const string Code = "amount-overflow";
    private const int SqlServerArithmeticOverflow = 8115;

    public static bool Is(Exception exception) => exception switch
    {
        OverflowException => true,
        SqliteException sqlite => sqlite.Message.Contains("integer overflow", StringComparison.OrdinalIgnoreCase),
        SqlException sql => sql.Errors.Cast<SqlError>().Any(error => error.Number == SqlServerArithmeticOverflow),
        _ => false,
    };
}
