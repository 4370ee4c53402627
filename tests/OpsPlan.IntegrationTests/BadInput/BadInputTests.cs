using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.BadInput;

/// <summary>
/// Generated from the OpenAPI document, so every endpoint a module adds is covered: bad bodies and bad query values
/// must get a 4xx problem that the document lists for the operation — never a 5xx — and must change nothing.
/// </summary>
public sealed class BadInputTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Injection = "'; DROP TABLE risk.risks; -- <script>alert(1)</script>";

    [Test]
    public async Task Every_operation_refuses_bad_input_with_a_documented_problem_and_changes_nothing()
    {
        var client = Api.ClientFor(Roles.Admin);
        var operations = OpenApiOperation.All(await DocumentAsync()).ToList();
        var before = await TableCountsAsync();
        var failures = new List<string>();
        var sent = new Dictionary<string, int>();

        foreach (var operation in operations)
        {
            foreach (var (what, request) in BadRequests(operation))
            {
                var response = await client.SendAsync(request);
                sent[operation.Name] = sent.GetValueOrDefault(operation.Name) + 1;
                var status = (int)response.StatusCode;
                if (status is < 400 or >= 500 || !operation.DocumentedStatuses.Contains(status)
                    || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{operation.Name} with {what}: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        var after = await TableCountsAsync();
        foreach (var (operation, count) in sent.OrderBy(pair => pair.Key))
        {
            TestContext.Out.WriteLine($"{count,4} bad requests  {operation}");
        }

        TestContext.Out.WriteLine($"{sent.Values.Sum()} bad requests over {sent.Count} operations.");
        Assert.That(failures, Is.Empty);
        Assert.That(after, Is.EqualTo(before), "a refused request changed the database");
    }

    [Test]
    public async Task Injection_strings_are_stored_or_refused_as_plain_text_never_executed()
    {
        var client = Api.ClientFor(Roles.Admin);
        var failures = new List<string>();
        foreach (var operation in OpenApiOperation.All(await DocumentAsync()))
        {
            foreach (var request in InjectionRequests(operation))
            {
                var response = await client.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{operation.Name}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(await TableCountsAsync(), Does.ContainKey("risk.risks"), "the tables are all still there");
    }

    [Test]
    public async Task Reusing_an_idempotency_key_with_another_body_is_a_422_on_every_create()
    {
        var client = Api.ClientFor(Roles.Admin);
        var checkedOperations = 0;
        foreach (var operation in OpenApiOperation.All(await DocumentAsync()).Where(operation => operation.Method == "post" && operation.BodySchema?["example"] is not null))
        {
            var path = operation.ConcretePath;
            var key = Guid.NewGuid().ToString();
            var first = await client.SendAsync(Request(operation, path, operation.BodySchema!["example"]!.ToJsonString(), key));
            if (!first.IsSuccessStatusCode)
            {
                continue; // Its path names records this suite did not create; the key was released with the refusal.
            }

            var other = operation.BodySchema["example"]!.DeepClone().AsObject();
            other["__changed"] = true;
            var second = await client.SendAsync(Request(operation, path, other.ToJsonString(), key));
            Assert.That((int)second.StatusCode, Is.EqualTo(422), operation.Name);
            checkedOperations++;
        }

        Assert.That(checkedOperations, Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task In_every_batch_a_bad_item_fails_alone_whatever_its_bytes()
    {
        var client = Api.ClientFor(Roles.Admin);
        var failures = new List<string>();
        var batches = OpenApiOperation.All(await DocumentAsync()).Where(operation => operation.Path.EndsWith("/batch", StringComparison.Ordinal)).ToList();
        foreach (var operation in batches)
        {
            var item = operation.BodySchema!["example"]!["items"]![0]!.AsObject();
            var itemSchema = OpenApiOperation.Resolve(operation.Document, operation.BodySchema["properties"]!["items"]!["items"]!.AsObject());
            var bad = itemSchema["properties"]!.AsObject()
                .SelectMany(property => BadBodies.WrongValuesFor(operation.Document, property.Value!.AsObject())
                    .Select(wrong => (What: $"{property.Key}: {wrong.What}", Item: With(item, property.Key, wrong.Value))))
                .ToList();
            var body = "{\"items\":[" + string.Join(",", bad.Select(entry => BadBodies.Text(entry.Item))) + ",\"not an object\",[1]]}";

            var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, operation.Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

            if ((int)response.StatusCode != 200)
            {
                failures.Add($"{operation.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            var results = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray();
            failures.AddRange(results.Select((result, index) => (result, index))
                .Where(entry => entry.result!["status"]!.GetValue<string>() != "failed")
                .Select(entry => $"{operation.Name} item {(entry.index < bad.Count ? bad[entry.index].What : "not an object")}: {entry.result!["status"]}"));
        }

        Assert.That(batches, Is.Not.Empty);
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task A_null_at_any_depth_of_a_body_is_accepted_or_refused_with_a_problem_never_a_5xx()
    {
        var client = Api.ClientFor(Roles.Admin);
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in OpenApiOperation.All(await DocumentAsync()).Where(operation => operation.BodySchema?["example"] is JsonObject))
        {
            var example = operation.BodySchema!["example"]!.AsObject();
            foreach (var (what, body) in BadBodies.WithEachValueNull(example))
            {
                var response = await client.SendAsync(Request(operation, operation.ConcretePath, body.ToJsonString()));
                sent++;
                var status = (int)response.StatusCode;
                if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    failures.Add($"{operation.Name} with {what} null: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        TestContext.Out.WriteLine($"{sent} bodies with a null somewhere.");
        Assert.That(failures, Is.Empty);
    }

    private static JsonObject With(JsonObject item, string field, JsonNode? value)
    {
        var copy = item.DeepClone().AsObject();
        copy[field] = value?.DeepClone();
        return copy;
    }

    private static IEnumerable<(string What, HttpRequestMessage Request)> BadRequests(OpenApiOperation operation)
    {
        if (operation.BodyContentType is not null)
        {
            var path = operation.ConcretePath;
            foreach (var (what, json) in BadBodies.For(operation))
            {
                yield return (what, Request(operation, path, json));
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var schema = parameter["schema"]!.AsObject();
            var bad = name == "cursor" ? "garbage"
                : schema["enum"] is not null || schema["items"]?["enum"] is not null ? "not-a-value"
                : schema["type"]?.GetValue<string>() is "integer" ? "abc"
                : schema["type"]?.GetValue<string>() is "boolean" ? "maybe"
                : schema["format"]?.GetValue<string>() is "date-time" ? "yesterday"
                : schema["format"]?.GetValue<string>() is "uuid" ? "nope"
                : null;
            if (bad is not null)
            {
                yield return ($"{name}={bad}", new HttpRequestMessage(new HttpMethod(operation.Method), $"{operation.ConcretePath}?{name}={Uri.EscapeDataString(bad)}"));
            }

            if (schema["format"]?.GetValue<string>() is "date")
            {
                yield return ($"{name} before 1900", new HttpRequestMessage(new HttpMethod(operation.Method), $"{operation.ConcretePath}?{name}=0001-01-01"));
                yield return ($"{name} after 2999", new HttpRequestMessage(new HttpMethod(operation.Method), $"{operation.ConcretePath}?{name}=9999-12-31"));
            }

            if (schema["format"]?.GetValue<string>() is "date-time")
            {
                yield return ($"{name} without its zone", new HttpRequestMessage(new HttpMethod(operation.Method), $"{operation.ConcretePath}?{name}=2026-11-20T14:02:00"));
            }
        }
    }

    private static IEnumerable<HttpRequestMessage> InjectionRequests(OpenApiOperation operation)
    {
        foreach (var parameter in operation.QueryParameters.Where(parameter => parameter["schema"]!["type"]?.GetValue<string>() == "string"
            && parameter["schema"]!["enum"] is null && parameter["schema"]!["format"] is null && parameter["name"]!.GetValue<string>() != "cursor"))
        {
            yield return new HttpRequestMessage(new HttpMethod(operation.Method), $"{operation.ConcretePath}?{parameter["name"]}={Uri.EscapeDataString(Injection)}");
        }

        if (operation.BodySchema?["example"]?.DeepClone() is JsonObject body)
        {
            foreach (var (name, value) in body.ToList())
            {
                if (value?.GetValueKind() == System.Text.Json.JsonValueKind.String && operation.BodySchema["properties"]?[name]?["format"] is null
                    && operation.BodySchema["properties"]?[name]?["$ref"] is null)
                {
                    body[name] = Injection;
                }
            }

            yield return Request(operation, operation.ConcretePath, body.ToJsonString());
        }
    }

    private static HttpRequestMessage Request(OpenApiOperation operation, string path, string json, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path)
        {
            Content = new StringContent(json, Encoding.UTF8, operation.BodyContentType ?? "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await Api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();

    /// <summary>Rows per table in every module schema: the fingerprint of "nothing changed".</summary>
    private async Task<Dictionary<string, long>> TableCountsAsync()
    {
        var factory = Api.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        var counts = new Dictionary<string, long>();
        foreach (var module in Api.Services.GetRequiredService<ModuleCatalog>().WithRecords)
        {
            var tables = await connection.QueryAsync<string>(factory.Dialect.Pick(
                sqlite: "SELECT name FROM " + module.Name + ".sqlite_master WHERE type = 'table' AND name <> 'schema_versions'",
                sqlServer: "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = @Schema AND TABLE_NAME <> 'schema_versions'"), new { Schema = module.Name });
            foreach (var table in tables)
            {
                counts[module.Name + "." + table] = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM " + module.Name + "." + table);
            }
        }

        return counts;
    }
}
