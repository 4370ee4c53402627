using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.OpenApi;

/// <summary>
/// The console's types are generated from the document with openapi-typescript (pinned in build/openapi): a property
/// the API always returns must come out required, or every consumer has to write null checks for nothing.
/// </summary>
public sealed partial class GeneratedTypeScriptTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Every_property_of_every_response_type_is_required_in_the_generated_typescript()
    {
        var repository = Repository.Root();
        var generator = Path.Combine(repository, "build", "openapi", "node_modules", ".bin", "openapi-typescript");
        Assert.That(File.Exists(generator), Is.True, "openapi-typescript is not installed: run `npm ci --prefix build/openapi` (the test script does).");
        Directory.CreateDirectory(Api.SqliteDirectory);
        var documentPath = Path.Combine(Api.SqliteDirectory, "openapi.json");
        var typesPath = Path.Combine(Api.SqliteDirectory, "openapi.d.ts");
        var json = await Api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json");
        await File.WriteAllTextAsync(documentPath, json);

        using var process = Process.Start(new ProcessStartInfo(generator, [documentPath, "-o", typesPath]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());

        var types = await File.ReadAllTextAsync(typesPath);
        var answered = AnsweredSchemas(JsonNode.Parse(json)!.AsObject()).ToList();
        var optional = answered
            .SelectMany(name => OptionalProperty().Matches(SchemaBlock(types, name)).Select(match => $"{name}.{match.Groups[1].Value}"))
            .ToList();

        Assert.That(answered, Has.Count.GreaterThan(30));
        Assert.That(optional, Is.Empty);
    }

    /// <summary>Names of the schemas responses refer to, directly or through other schemas (problems aside: their extras are optional).</summary>
    private static IEnumerable<string> AnsweredSchemas(JsonObject document)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var reached = new HashSet<string>();
        var pending = new Stack<JsonNode?>(document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject())
            .SelectMany(operation => operation.Value!["responses"]!.AsObject()).Select(response => response.Value));
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject reference when reference["$ref"]?.GetValue<string>() is { } target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal):
                    var name = target.Split('/')[^1];
                    if (reached.Add(name))
                    {
                        pending.Push(schemas[name]);
                    }

                    break;
                case JsonObject other:
                    foreach (var child in other)
                    {
                        pending.Push(child.Value);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return reached.Where(name => name != "Problem" && schemas[name]!["properties"] is not null);
    }

    private static string SchemaBlock(string types, string name)
    {
        var start = types.IndexOf($"\n        {name}: {{", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"{name} is not in the generated types");
        var end = types.IndexOf("\n        };", start, StringComparison.Ordinal);
        return types[start..end];
    }

    [GeneratedRegex(@"^\s+(\w+)\?:", RegexOptions.Multiline)]
    private static partial Regex OptionalProperty();
}
