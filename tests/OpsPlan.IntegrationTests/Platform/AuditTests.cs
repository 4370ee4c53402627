using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Platform;

public sealed class AuditTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Audit = "/api/v1/audit";

    [Test]
    public async Task Every_successful_command_is_recorded_with_who_what_and_which_record()
    {
        var client = Api.ClientAs("risk.manager@example.com", Roles.Risk);
        var risk = await client.CreateRiskAsync();
        await (await client.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status = "assessed" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await client.PostJsonAsync($"{Risks}/{risk.Id()}/status-transitions", new { status = "closed" })).ShouldBeProblem(HttpStatusCode.Conflict);

        var trail = await Api.ClientFor(Roles.Admin).GetJsonAsync(Audit);

        var entries = trail["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(entry => entry!["command"]!.GetValue<string>()), Is.EqualTo(new[] { "TransitionRiskStatusCommand", "CreateRiskCommand" }));
            Assert.That(entries.All(entry => entry!["userId"]!.GetValue<string>() == "risk.manager@example.com"), Is.True);
            Assert.That(entries.All(entry => entry!["module"]!.GetValue<string>() == "risk"), Is.True);
            Assert.That(entries.All(entry => entry!["recordId"]!.GetValue<string>() == risk.Id()), Is.True);
            Assert.That(entries.All(entry => entry!["outcome"]!.GetValue<string>() == "succeeded"), Is.True);
            Assert.That(entries[0]!["traceId"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task The_trail_filters_by_record_user_and_module_and_pages()
    {
        var first = await Api.ClientAs("a@example.com", Roles.Risk).CreateRiskAsync();
        await Api.ClientAs("b@example.com", Roles.Risk).CreateRiskAsync();
        await Api.ClientAs("b@example.com", Roles.Risk).CreateRiskAsync();
        var admin = Api.ClientFor(Roles.Admin);

        var byRecord = await admin.GetJsonAsync($"{Audit}?recordId={first.Id()}");
        var byUser = await admin.GetJsonAsync($"{Audit}?userId=b@example.com&module=risk&limit=1");
        var nextPage = await admin.GetJsonAsync($"{Audit}?userId=b@example.com&module=risk&limit=1&cursor={byUser["nextCursor"]!.GetValue<string>()}");

        Assert.Multiple(() =>
        {
            Assert.That(byRecord["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(byUser["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(nextPage["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(nextPage["nextCursor"], Is.Null);
            Assert.That(nextPage["items"]![0]!["id"]!.GetValue<string>(), Is.Not.EqualTo(byUser["items"]![0]!["id"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Only_admins_read_the_trail_and_an_unknown_module_is_a_400()
    {
        await (await Api.ClientFor(Roles.Risk).GetAsync(Audit)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Admin).GetAsync($"{Audit}?module=astrology")).ShouldBeValidationProblem("module");
        var noRecords = await (await Api.ClientFor(Roles.Admin).GetAsync($"{Audit}?module=dashboard")).ShouldBeValidationProblem("module");
        Assert.That(noRecords.ToJsonString(), Does.Not.Contain("dashboard"), "the dashboard keeps no records, so it has no trail and is not offered");
    }
}
