using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Platform;

public sealed class HostTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_checks_answer_without_credentials(string path)
    {
        var response = await Api.AnonymousClient().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Swagger_ui_is_served()
    {
        var response = await Api.AnonymousClient().GetAsync("/swagger/index.html");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_openapi_document_describes_every_endpoint_with_a_summary_and_its_problems()
    {
        var document = JsonNode.Parse(await Api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var mapped = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method.ToLowerInvariant()} {Normalize(endpoint.RoutePattern.RawText!)}"))
            .ToHashSet();

        var documented = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Key: $"{operation.Key} {path.Key}", Operation: operation.Value!)))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(documented.Select(operation => operation.Key), Is.EquivalentTo(mapped));
            Assert.That(documented.Where(operation => string.IsNullOrWhiteSpace(operation.Operation["summary"]?.GetValue<string>())).Select(operation => operation.Key), Is.Empty);
            Assert.That(documented.Where(operation => operation.Operation["responses"]?["401"] is null).Select(operation => operation.Key), Is.Empty);
            Assert.That(documented.Where(operation => operation.Key.StartsWith("post", StringComparison.Ordinal)
                    && !operation.Operation["parameters"]!.AsArray().Any(parameter => parameter!["name"]!.GetValue<string>() == "Idempotency-Key"))
                .Select(operation => operation.Key), Is.Empty);
        });
    }

    // Route constraints ({id:guid}) do not appear in OpenAPI paths.
    private static string Normalize(string pattern) => System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+):[^}]+\}", "{$1}").TrimEnd('/');
}
