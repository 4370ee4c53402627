using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Protection;

/// <summary>Problems are written as application/problem+json whatever the client says it accepts.</summary>
public sealed class ProblemFormatTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("application/xml")]
    [TestCase("text/html")]
    public async Task A_client_that_accepts_only_another_type_still_gets_its_problems_as_json(string accept)
    {
        var client = Api.ClientFor(Roles.Risk);
        var anonymous = Api.AnonymousClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        anonymous.DefaultRequestHeaders.Accept.ParseAdd(accept);

        await (await client.GetAsync($"{Risks}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, "not-found");
        await (await client.PostJsonAsync(Risks, new { title = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        await (await anonymous.GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthenticated");

        Assert.That((await Api.ClientFor(Roles.Viewer).GetJsonAsync(Risks))["items"]!.AsArray(), Is.Empty);
    }
}
