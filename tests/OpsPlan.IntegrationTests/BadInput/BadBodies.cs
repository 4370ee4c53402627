using System.Text.Json.Nodes;

namespace OpsPlan.IntegrationTests.BadInput;

/// <summary>Bodies that must be refused, generated from a request schema: each names what is wrong with it.</summary>
internal static class BadBodies
{
    public static IEnumerable<(string What, string Json)> For(OpenApiOperation operation)
    {
        yield return ("malformed JSON", "{\"");
        yield return ("not an object", "[1, 2, 3]");
        yield return ("unknown property", Valid(operation).With("notAField", 1));
        if (Valid(operation).FirstOrDefault() is { Key: var first })
        {
            yield return ("a property named twice", Valid(operation).With(first, Valid(operation)[first]).Insert(1, $"\"{first}\":null,"));
        }

        if (operation.BodySchema?["properties"] is not JsonObject properties)
        {
            yield break;
        }

        var required = Required(operation);
        if (required.Count > 0 && operation.Method != "patch")
        {
            yield return ("missing every required field", "{}");
        }

        foreach (var (name, property) in properties)
        {
            var schema = OpenApiOperation.Resolve(operation.Document, property!.AsObject());
            foreach (var (what, value) in WrongValues(schema))
            {
                yield return ($"{name}: {what}", Valid(operation).With(name, value));
            }

            if (required.Contains(name))
            {
                yield return ($"{name}: null", Valid(operation).With(name, null));
                if (operation.Method != "patch")
                {
                    var without = Valid(operation);
                    without.Remove(name);
                    yield return ($"{name}: missing", without.ToJsonString());
                }
            }
        }
    }

    /// <summary>
    /// The body once per value in it, that value null: top-level fields, the fields of nested objects and of the first
    /// item of each list (a batch's items), each named by its JSON path.
    /// </summary>
    public static IEnumerable<(string Path, JsonObject Body)> WithEachValueNull(JsonObject example)
    {
        var count = Slots(example).Count();
        for (var slot = 0; slot < count; slot++)
        {
            var body = example.DeepClone().AsObject();
            var (parent, key) = Slots(body).ElementAt(slot);
            parent[key] = null;
            yield return ($"{parent.GetPath()}.{key}", body);
        }
    }

    // Every (object, property) pair in document order, walking into nested objects and each list's first object.
    private static IEnumerable<(JsonObject Parent, string Key)> Slots(JsonObject node)
    {
        foreach (var (key, value) in node)
        {
            yield return (node, key);
            if ((value is JsonArray { Count: > 0 } list ? list[0] : value) is JsonObject nested)
            {
                foreach (var slot in Slots(nested))
                {
                    yield return slot;
                }
            }
        }
    }

    /// <summary>Wrong values for one field of any schema: the same list serves bodies and batch items.</summary>
    public static IEnumerable<(string What, JsonNode? Value)> WrongValuesFor(JsonObject document, JsonObject property) =>
        WrongValues(OpenApiOperation.Resolve(document, property));

    /// <summary>The JSON text of a body, with the lone-surrogate placeholder turned into its escape.</summary>
    public static string Text(JsonNode body) => Escaped(body.ToJsonString());

    private static IEnumerable<(string What, JsonNode? Value)> WrongValues(JsonObject schema)
    {
        var type = schema["type"]?.GetValue<string>();
        if (schema["enum"] is not null)
        {
            yield return ("invalid enum value", "not-a-value");
            yield return ("enum as a number", 1);
        }
        else if (type == "string")
        {
            yield return ("number instead of string", 12345);
            switch (schema["format"]?.GetValue<string>())
            {
                case "uuid": yield return ("bad GUID", "not-a-guid"); break;
                case "date":
                    yield return ("bad date", "2026-13-45");
                    yield return ("date before 1900", "0001-01-01");
                    yield return ("date after 2999", "9999-12-31");
                    break;
                case "date-time":
                    yield return ("bad timestamp", "yesterday");
                    yield return ("timestamp without its zone", "2026-11-20T14:02:00");
                    yield return ("timestamp in year 1", "0001-01-01T00:00:00Z");
                    break;
                default:
                    yield return ("oversize string", new string('x', 100_000));
                    yield return ("control character", "bell\u0007and escape\u001b");
                    yield return ("lone surrogate", LoneSurrogate);
                    break;
            }
        }
        else if (type == "integer")
        {
            yield return ("string instead of integer", "five");
            yield return ("out of range", 2_147_483_648L);
        }
        else if (type == "array")
        {
            yield return ("object instead of array", new JsonObject());
        }
        else if (type == "boolean")
        {
            yield return ("string instead of boolean", "yes");
        }
    }

    private static HashSet<string> Required(OpenApiOperation operation) =>
        (operation.BodySchema?["required"]?.AsArray() ?? []).Select(name => name!.GetValue<string>()).ToHashSet();

    /// <summary>The operation's own example body, a valid starting point for a single wrong field.</summary>
    private static JsonObject Valid(OpenApiOperation operation) =>
        operation.BodySchema?["example"]?.DeepClone().AsObject() ?? new JsonObject();

    // JSON can escape a lone surrogate (\ud800) though no .NET string holds one: the placeholder becomes that escape.
    private const string LoneSurrogate = "<lone surrogate>";

    private static string With(this JsonObject body, string field, JsonNode? value)
    {
        body[field] = value?.DeepClone();
        return Escaped(body.ToJsonString());
    }

    private static string Escaped(string json) =>
        json.Replace("\"" + LoneSurrogate + "\"", "\"\\ud800\"", StringComparison.Ordinal)
            .Replace("\"\\u003Clone surrogate\\u003E\"", "\"\\ud800\"", StringComparison.Ordinal);
}
