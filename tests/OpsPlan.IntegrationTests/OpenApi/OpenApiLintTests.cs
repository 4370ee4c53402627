using System.Diagnostics;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.OpenApi;

/// <summary>
/// The document the server serves is exported and linted by an independent tool, Spectral, with the ruleset in
/// build/openapi. Every error fails the test. (.ci/run installs Spectral with npm ci from the lock file.)
/// </summary>
public sealed class OpenApiLintTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task The_openapi_document_has_no_spectral_errors()
    {
        var repository = Repository.Root();
        var spectral = Path.Combine(repository, "build", "openapi", "node_modules", ".bin", "spectral");
        Assert.That(File.Exists(spectral), Is.True, "Spectral is not installed: run `npm ci --prefix build/openapi` (the CI script does).");
        var document = Path.Combine(Api.SqliteDirectory, "openapi.json");
        Directory.CreateDirectory(Api.SqliteDirectory);
        await File.WriteAllTextAsync(document, await Api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"));

        var start = new ProcessStartInfo(spectral, ["lint", document, "--ruleset", Path.Combine(repository, "build", "openapi", ".spectral.yaml"), "--format", "json", "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var results = JsonNode.Parse(output)!.AsArray();
        var errors = results.Where(result => result!["severity"]!.GetValue<int>() == 0)
            .Select(result => $"{result!["code"]}: {result["message"]} at {string.Join('.', result["path"]!.AsArray())}");
        TestContext.Out.WriteLine($"Spectral: {results.Count} findings, of which errors:");
        Assert.That(errors, Is.Empty, string.Join(Environment.NewLine, errors));
    }
}
