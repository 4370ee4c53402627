using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Protection;

/// <summary>Origins set as one environment variable (Protection__CorsOrigins=a,b), as operators write them.</summary>
public sealed class CorsListTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Protection:CorsOrigins"] = "https://console.example.com, https://qa.example.com",
    };

    [TestCase("https://console.example.com")]
    [TestCase("https://qa.example.com")]
    public async Task A_comma_separated_origin_list_allows_each_origin_and_exposes_the_rate_limit(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, RiskRequests.Risks);
        request.Headers.Add("Origin", origin);

        var response = await Api.AnonymousClient().SendAsync(request);

        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { origin }));
        Assert.That(string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), Does.Contain("X-RateLimit-Limit"));
    }
}
