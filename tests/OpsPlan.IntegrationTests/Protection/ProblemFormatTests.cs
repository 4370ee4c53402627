using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Protection;

/// <summary>Problems are written as application/problem+json, the same whatever the client says it accepts.</summary>
public sealed class ProblemFormatTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("application/xml")]
    [TestCase("text/html")]
    public async Task A_client_that_accepts_only_another_type_gets_the_same_problems_as_a_json_client(string accept)
    {
        foreach (var (status, send) in Refusals())
        {
            var asJson = await ProblemAsync(send, "application/json", status);
            var asOther = await ProblemAsync(send, accept, status);

            Assert.That(asOther.ToJsonString(), Is.EqualTo(asJson.ToJsonString()), $"{status} for {accept}");
        }

        Assert.That((await Api.ClientFor(Roles.Viewer).GetJsonAsync(Risks))["items"]!.AsArray(), Is.Empty);
    }

    private IEnumerable<(HttpStatusCode Status, Func<string, Task<HttpResponseMessage>> Send)> Refusals()
    {
        HttpClient Risk(string accept) => WithAccept(Api.ClientFor(Roles.Risk), accept);
        var unknown = $"{Risks}/{Guid.CreateVersion7()}";
        yield return (HttpStatusCode.NotFound, accept => Risk(accept).GetAsync(unknown));
        yield return (HttpStatusCode.BadRequest, accept => Risk(accept).PostJsonAsync(Risks, new { title = "" }));
        yield return (HttpStatusCode.Unauthorized, accept => WithAccept(Api.AnonymousClient(), accept).GetAsync(Risks));
        yield return (HttpStatusCode.MethodNotAllowed, accept => Risk(accept).DeleteAsync(Risks));
        yield return (HttpStatusCode.UnsupportedMediaType, accept => Risk(accept).PostAsync(Risks, new StringContent("x", Encoding.UTF8, "text/plain")));
    }

    private static HttpClient WithAccept(HttpClient client, string accept)
    {
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        return client;
    }

    // The trace id is each request's own; everything else must match.
    private static async Task<JsonNode> ProblemAsync(Func<string, Task<HttpResponseMessage>> send, string accept, HttpStatusCode status)
    {
        var problem = await (await send(accept)).ShouldBeProblem(status);
        problem.AsObject().Remove("traceId");
        return problem;
    }
}
