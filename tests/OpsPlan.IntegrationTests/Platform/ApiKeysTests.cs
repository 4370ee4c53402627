using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Platform;

public sealed class ApiKeysTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string ApiKeys = "/api/v1/admin/api-keys";

    private async Task<(string Id, string Key)> IssueAsync(params string[] roles)
    {
        var created = await (await Api.ClientFor(Roles.Admin).PostJsonAsync(ApiKeys, new { name = "CRM sync", roles })).ShouldHaveStatus(HttpStatusCode.Created);
        return (created["apiKey"]!["id"]!.GetValue<string>(), created["key"]!.GetValue<string>());
    }

    private HttpClient ClientWithKey(string key, TestApi? api = null)
    {
        var client = (api ?? Api).AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Test]
    public async Task An_issued_key_is_shown_once_and_listed_only_by_its_prefix()
    {
        var (id, key) = await IssueAsync(Roles.Integrator);

        var listed = await Api.ClientFor(Roles.Admin).GetJsonAsync(ApiKeys);
        var read = await Api.ClientFor(Roles.Admin).GetJsonAsync($"{ApiKeys}/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(key, Does.StartWith("opk_"));
            Assert.That(listed.ToJsonString(), Does.Not.Contain(key));
            Assert.That(read["prefix"]!.GetValue<string>(), Is.EqualTo(key[..12]));
            Assert.That(read["roles"]!.AsArray().Select(role => role!.GetValue<string>()), Is.EqualTo(new[] { "integrator" }));
            Assert.That(read["revokedAt"], Is.Null);
        });
    }

    [Test]
    public async Task An_integrator_key_reads_but_may_not_write_risks_and_its_actions_are_audited_as_the_key()
    {
        var admin = Api.ClientFor(Roles.Admin);
        await admin.CreateRiskAsync();
        var (id, key) = await IssueAsync(Roles.Integrator);
        var integrator = ClientWithKey(key);

        await integrator.GetJsonAsync(Risks);
        await (await integrator.PostJsonAsync(Risks, NewRisk())).ShouldBeProblem(HttpStatusCode.Forbidden);
        var (_, riskKey) = await IssueAsync(Roles.Risk);
        await ClientWithKey(riskKey).CreateRiskAsync();

        var audit = await admin.GetJsonAsync("/api/v1/audit?module=risk");
        Assert.That(audit["items"]![0]!["userId"]!.GetValue<string>(), Does.StartWith("apikey:"));
        Assert.That(id, Is.Not.Empty);
    }

    [Test]
    public async Task An_unknown_key_is_a_401()
    {
        await (await ClientWithKey("opk_not-a-real-key").GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_revoked_key_fails_at_once_also_on_another_api_instance()
    {
        var (id, key) = await IssueAsync(Roles.Integrator);
        await using var otherInstance = new TestApi(Provider, new Dictionary<string, string?> { ["Database:SqliteDirectory"] = Api.SqliteDirectory });
        await ClientWithKey(key, otherInstance).GetJsonAsync(Risks);

        var revoke = await Api.ClientFor(Roles.Admin).DeleteAsync($"{ApiKeys}/{id}");

        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await ClientWithKey(key).GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await ClientWithKey(key, otherInstance).GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await Api.ClientFor(Roles.Admin).DeleteAsync($"{ApiKeys}/{id}")).ShouldBeProblem(HttpStatusCode.Conflict, "access.key-revoked");
        Assert.That((await Api.ClientFor(Roles.Admin).GetJsonAsync($"{ApiKeys}/{id}"))["revokedAt"], Is.Not.Null);
    }

    [Test]
    public async Task Only_admins_manage_keys_and_a_key_needs_a_name_and_known_roles()
    {
        await (await Api.ClientFor(Roles.Risk).PostJsonAsync(ApiKeys, new { name = "x", roles = new[] { "integrator" } })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Admin).PostJsonAsync(ApiKeys, new { name = "", roles = new[] { "superuser" } })).ShouldBeValidationProblem("name", "roles[0]");
        await (await Api.ClientFor(Roles.Admin).PostJsonAsync(ApiKeys, new { name = "x" })).ShouldBeValidationProblem("roles");
        await (await Api.ClientFor(Roles.Admin).DeleteAsync($"{ApiKeys}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_key_never_carries_admin_so_no_key_can_mint_keys()
    {
        var admin = Api.ClientFor(Roles.Admin);

        await (await admin.PostJsonAsync(ApiKeys, new { name = "Root key", roles = new[] { "integrator", "admin" } })).ShouldBeValidationProblem("roles[1]");

        Assert.That((await admin.GetJsonAsync(ApiKeys))["items"]!.AsArray(), Is.Empty);
    }
}
