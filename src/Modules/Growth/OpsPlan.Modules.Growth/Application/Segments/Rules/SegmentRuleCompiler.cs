using System.Text.Json;
using OpsPlan.BuildingBlocks.Persistence.Dialects;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Application.Segments.Rules;

/// <summary>
/// Checks a rule against the field whitelist and turns it into a <see cref="SegmentFilter"/>. The SQL text comes only
/// from this class's fixed fragments and the whitelist's columns; every value the client sent (attribute paths
/// included) is a parameter. Errors are named by their path in the request, such as <c>rule.groups[0].conditions[1].field</c>.
/// </summary>
internal sealed class SegmentRuleCompiler
{
    public const int MaxDepth = 5;
    public const int MaxConditions = 50;
    public const int MaxValues = 40;

    private readonly SqlDialect _dialect;
    private readonly DateTime _now;
    private readonly string _currency;
    private readonly Dictionary<string, List<string>> _errors = [];
    private readonly Dictionary<string, object?> _parameters = [];
    private int _conditions;

    private SegmentRuleCompiler(SqlDialect dialect, DateTime now, string currency)
    {
        _dialect = dialect;
        _now = now;
        _currency = currency;
    }

    /// <summary>The rule's errors by field path; empty when it is valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(SegmentRule? rule, string path, string currency)
    {
        var compiler = new SegmentRuleCompiler(SqlDialect.Sqlite, DateTime.UnixEpoch, currency);
        compiler.Group(rule, path, 1);
        return compiler.Errors();
    }

    /// <summary>The filter of a rule that passed <see cref="Check"/>, for <paramref name="dialect"/>, with relative days counted back from <paramref name="now"/>.</summary>
    public static SegmentFilter Compile(SegmentRule rule, SqlDialect dialect, DateTime now, string currency)
    {
        var compiler = new SegmentRuleCompiler(dialect, now, currency);
        var condition = compiler.Group(rule, "rule", 1);
        return compiler._errors.Count == 0 && condition is not null
            ? new SegmentFilter(condition, compiler._parameters)
            : throw new InvalidOperationException("A segment rule is checked before it is compiled.");
    }

    private Dictionary<string, string[]> Errors() => _errors.ToDictionary(error => error.Key, error => error.Value.ToArray());

    private void Fail(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
    }

    private string? Group(SegmentRule? group, string path, int depth)
    {
        if (group is null)
        {
            Fail(path, "A rule is a group: { \"match\": \"all\", \"conditions\": [ ... ], \"groups\": [ ... ] }.");
            return null;
        }

        if (depth > MaxDepth)
        {
            Fail(path, $"Groups nest at most {MaxDepth} levels deep.");
            return null;
        }

        if (!Enum.IsDefined(group.Match))
        {
            Fail(path + ".match", "all or any.");
        }

        var conditions = group.Conditions ?? [];
        var groups = group.Groups ?? [];
        if (conditions.Count + groups.Count == 0)
        {
            Fail(path, "A group holds at least one condition or group.");
            return null;
        }

        var parts = new List<string?>();
        for (var i = 0; i < conditions.Count; i++)
        {
            if (++_conditions == MaxConditions + 1)
            {
                Fail("rule", $"A rule holds at most {MaxConditions} conditions in all.");
            }

            parts.Add(Condition(conditions[i], $"{path}.conditions[{i}]"));
        }

        for (var i = 0; i < groups.Count; i++)
        {
            parts.Add(Group(groups[i], $"{path}.groups[{i}]", depth + 1));
        }

        return parts.Any(part => part is null) ? null : "(" + string.Join(group.Match == SegmentMatch.Any ? " OR " : " AND ", parts) + ")";
    }

    private string? Condition(SegmentCondition? condition, string path)
    {
        if (condition is null)
        {
            Fail(path, "A condition is an object: { \"field\": ..., \"operator\": ..., ... }.");
            return null;
        }

        if (SegmentField.Find(condition.Field) is not { } field)
        {
            Fail(path + ".field", SegmentField.Explanation);
            return null;
        }

        if (!field.Operators.Contains(condition.Operator))
        {
            Fail(path + ".operator", $"{field.Name} takes " + string.Join(", ", field.Operators.Select(EnumText.ToText)) + ".");
            return null;
        }

        return condition.Operator switch
        {
            SegmentOperator.Exists => Exists(field),
            SegmentOperator.Equals => Value(field, condition.Value, path + ".value") is { } value ? SegmentSql.Equal(this, field, value) : null,
            SegmentOperator.Contains => Value(field, condition.Value, path + ".value") is { } text ? Contains(field, text, path + ".value") : null,
            SegmentOperator.In => In(field, condition.Values, path + ".values"),
            _ => Between(field, condition, path),
        };
    }

    private object? Value(SegmentField field, JsonElement? value, string path)
    {
        if (value is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } given)
        {
            Fail(path, "This operator takes a value.");
            return null;
        }

        var read = SegmentValue.Read(field, given, _currency, out var problem);
        if (problem is not null)
        {
            Fail(path, problem);
        }

        return read;
    }

    private string? Exists(SegmentField field) => field.Kind switch
    {
        FieldKind.Tags => "interests <> ''",
        FieldKind.Attribute => SegmentSql.AttributeExists(this, field),
        FieldKind.Products => SegmentSql.UsedAnyProduct([]),
        _ => field.Column + " IS NOT NULL",
    };

    private string? Contains(SegmentField field, object value, string path)
    {
        if (value is not string text)
        {
            Fail(path, "contains takes text.");
            return null;
        }

        return field.Kind switch
        {
            FieldKind.Tags => HasInterest(text),
            FieldKind.Products => SegmentSql.UsedAnyProduct([Parameter(text)]),
            _ => SegmentSql.AttributeContains(this, field, text),
        };
    }

    private string? In(SegmentField field, IReadOnlyList<JsonElement>? values, string path)
    {
        if (values is not { Count: > 0 and <= MaxValues })
        {
            Fail(path, $"in takes 1 to {MaxValues} values.");
            return null;
        }

        var read = values.Select((value, index) => Value(field, value, $"{path}[{index}]")).ToList();
        if (read.Any(value => value is null))
        {
            return null;
        }

        if (field.Kind == FieldKind.Products)
        {
            return SegmentSql.UsedAnyProduct(read.Select(Parameter).ToList());
        }

        return "(" + string.Join(" OR ", read.Select(value => field.Kind == FieldKind.Tags ? HasInterest((string)value!) : SegmentSql.Equal(this, field, value!))) + ")";
    }

    private string? Between(SegmentField field, SegmentCondition condition, string path)
    {
        var hasMin = condition.Min is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
        var hasMax = condition.Max is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
        if (!hasMin && !hasMax)
        {
            Fail(path, "between takes min, max or both (inclusive).");
            return null;
        }

        var min = hasMin ? Value(field, condition.Min, path + ".min") : null;
        var max = hasMax ? Value(field, condition.Max, path + ".max") : null;
        if ((hasMin && min is null) || (hasMax && max is null))
        {
            return null;
        }

        if (field.Kind == FieldKind.Attribute && (min is not (double or null) || max is not (double or null)))
        {
            Fail(path, "between on a custom attribute takes numbers.");
            return null;
        }

        if (min is IComparable low && max is not null && low.CompareTo(max) > 0)
        {
            Fail(path + ".max", "max is at least min.");
            return null;
        }

        if (field.Kind == FieldKind.DaysSince)
        {
            // Whole days since: at least n days is "at or before now − n days"; at most n is "after now − (n + 1) days".
            return SegmentSql.Range(field.Column, max is int most ? Parameter(_now.AddDays(-(most + 1))) : null, min is int least ? Parameter(_now.AddDays(-least)) : null,
                lowInclusive: false);
        }

        return field.Kind == FieldKind.Attribute
            ? SegmentSql.AttributeRange(this, field, min, max)
            : SegmentSql.Range(field.Column, min is null ? null : Parameter(min), max is null ? null : Parameter(max), lowInclusive: true);
    }

    private string HasInterest(string tag) => "interests LIKE " + Parameter(Domain.Customers.InterestTags.Pattern(tag));

    /// <summary>Adds a parameter and returns its name in the SQL.</summary>
    public string Parameter(object? value)
    {
        var name = "@S" + _parameters.Count;
        _parameters[name[1..]] = value;
        return name;
    }

    public SqlDialect Dialect => _dialect;

    public DateTime Now => _now;
}
