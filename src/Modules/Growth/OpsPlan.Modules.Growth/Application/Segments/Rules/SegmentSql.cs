namespace OpsPlan.Modules.Growth.Application.Segments.Rules;

/// <summary>
/// The SQL fragments of segment conditions. Custom attributes are read with <c>json_extract</c>/<c>json_type</c> on
/// SQLite and <c>JSON_VALUE</c>/<c>JSON_QUERY</c> on SQL Server, with the JSON path as a parameter.
/// </summary>
internal static class SegmentSql
{
    // Every {name} interpolated below is a parameter name the compiler handed out (@S0, @S1…), never a value.
    public static string Equal(SegmentRuleCompiler compiler, SegmentField field, object value)
    {
        if (field.Kind == FieldKind.DaysSince)
        {
            var days = (int)value;
            return Range(field.Column, compiler.Parameter(compiler.Now.AddDays(-(days + 1))), compiler.Parameter(compiler.Now.AddDays(-days)), lowInclusive: false)!;
        }

        if (field.Kind != FieldKind.Attribute)
        {
            return field.Column + " = " + compiler.Parameter(value);
        }

        var path = compiler.Parameter(field.AttributePath);
        return value switch
        {
            bool flag => compiler.Dialect.Pick($"json_type(custom_attributes, {path}) = ", $"JSON_VALUE(custom_attributes, {path}) = ") + (flag ? "'true'" : "'false'"),
            double => compiler.Dialect.Pick($"(json_type(custom_attributes, {path}) IN ('integer', 'real') AND json_extract(custom_attributes, {path}) = ",
                $"(TRY_CAST(JSON_VALUE(custom_attributes, {path}) AS FLOAT) = ") + compiler.Parameter(value) + ")",
            _ => compiler.Dialect.Pick($"(json_type(custom_attributes, {path}) = 'text' AND json_extract(custom_attributes, {path}) = ",
                $"(JSON_VALUE(custom_attributes, {path}) = ") + compiler.Parameter(value) + ")",
        };
    }

    /// <summary>The customer used one of these products (any, when none are named): an activity event named it.</summary>
    public static string UsedAnyProduct(IReadOnlyList<string> productParameters) =>
        "EXISTS (SELECT 1 FROM growth.customer_products AS used WHERE used.customer_id = growth.customers.id"
        + (productParameters.Count == 0 ? "" : " AND used.product_id IN (" + string.Join(", ", productParameters) + ")") + ")";

    /// <summary><c>low &lt;(=) column AND column &lt;= high</c>, with either end left open.</summary>
    public static string? Range(string column, string? low, string? high, bool lowInclusive)
    {
        var parts = new List<string>();
        if (low is not null)
        {
            parts.Add(column + (lowInclusive ? " >= " : " > ") + low);
        }

        if (high is not null)
        {
            parts.Add(column + " <= " + high);
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    public static string AttributeExists(SegmentRuleCompiler compiler, SegmentField field)
    {
        var path = compiler.Parameter(field.AttributePath);
        return compiler.Dialect.Pick(
            $"COALESCE(json_type(custom_attributes, {path}), 'null') <> 'null'",
            $"(JSON_VALUE(custom_attributes, {path}) IS NOT NULL OR JSON_QUERY(custom_attributes, {path}) IS NOT NULL)");
    }

    /// <summary>Text inside a text attribute, or an element of an array attribute.</summary>
    public static string AttributeContains(SegmentRuleCompiler compiler, SegmentField field, string text)
    {
        var path = compiler.Parameter(field.AttributePath);
        var value = compiler.Parameter(text);
        return compiler.Dialect.Pick(
            $"((json_type(custom_attributes, {path}) = 'text' AND instr(json_extract(custom_attributes, {path}), {value}) > 0)"
                + $" OR (json_type(custom_attributes, {path}) = 'array' AND EXISTS (SELECT 1 FROM json_each(custom_attributes, {path}) AS element WHERE element.value = {value})))",
            $"(CHARINDEX({value}, JSON_VALUE(custom_attributes, {path})) > 0"
                + $" OR EXISTS (SELECT 1 FROM OPENJSON(JSON_QUERY(custom_attributes, {path})) AS element WHERE element.[value] = {value}))");
    }

    public static string AttributeRange(SegmentRuleCompiler compiler, SegmentField field, object? min, object? max)
    {
        var path = compiler.Parameter(field.AttributePath);
        var number = compiler.Dialect.Pick($"json_extract(custom_attributes, {path})", $"TRY_CAST(JSON_VALUE(custom_attributes, {path}) AS FLOAT)");
        var typed = compiler.Dialect.Pick($"json_type(custom_attributes, {path}) IN ('integer', 'real') AND ", "");
        return "(" + typed + Range(number, min is null ? null : compiler.Parameter(min), max is null ? null : compiler.Parameter(max), lowInclusive: true) + ")";
    }
}
