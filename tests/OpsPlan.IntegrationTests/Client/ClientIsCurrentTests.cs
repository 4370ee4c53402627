using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Client;

/// <summary>
/// The committed client is exactly what NSwag generates from the document the server serves now, so the scenario
/// tests that drive it test the document. After an API change run <c>build/generate-client.sh</c>.
/// </summary>
public sealed class ClientIsCurrentTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string RegenerateVariable = "OPSPLAN_REGENERATE_CLIENT";

    [Test]
    public async Task The_committed_client_is_generated_from_the_served_document()
    {
        var generated = await ClientGeneration.GenerateAsync(await Api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"));
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            await File.WriteAllTextAsync(ClientGeneration.CommittedPath, generated);
        }

        var committed = File.Exists(ClientGeneration.CommittedPath) ? (await File.ReadAllTextAsync(ClientGeneration.CommittedPath)).ReplaceLineEndings("\n") : "";
        Assert.That(committed == generated, Is.True, "The OpenAPI document changed: run build/generate-client.sh and commit the client.");
    }
}
