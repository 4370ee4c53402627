using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace OpsPlan.IntegrationTests.SqlServer;

/// <summary>Parses text as SQL Server would, and reports the parser's errors.</summary>
internal static partial class TSql
{
    public static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(error => $"line {error.Line}: {error.Message}").ToList();
    }

    /// <summary>What Dapper sends for <c>IN @List</c>: a parenthesised list of parameters.</summary>
    public static string AsDapperSendsIt(string sql) => DapperList().Replace(sql, "IN (@$1_1, @$1_2)");

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex DapperList();
}
