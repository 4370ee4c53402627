using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Risk;

/// <summary>Arrange steps shared by the Risk tests.</summary>
public static class RiskApi
{
    public static async Task<JsonNode> CreateRiskAsync(this HttpClient client, Dictionary<string, object?>? body = null) =>
        await (await client.PostJsonAsync(RiskRequests.Risks, body ?? RiskRequests.NewRisk())).ShouldHaveStatus(HttpStatusCode.Created);

    public static string Id(this JsonNode resource) => resource["id"]!.GetValue<string>();

    public static string ETag(this JsonNode resource) => "\"" + resource["version"]!.GetValue<long>() + "\"";
}
