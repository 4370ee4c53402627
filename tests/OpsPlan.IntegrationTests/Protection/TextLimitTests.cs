using System.Net;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Protection;

/// <summary>The outer bounds the OpenAPI document states for every field, enforced whatever the endpoint.</summary>
public sealed class TextLimitTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Any_json_text_over_4000_characters_is_refused_while_reading_and_names_the_field()
    {
        var client = Api.ClientFor(Roles.Finance);

        var response = await client.PostJsonAsync("/api/v1/finance/cost-centers", new { code = "LONG", name = "n", owner = new string('o', 4001) });

        var problem = await response.ShouldBeValidationProblem("owner");
        Assert.That(problem["errors"]!["owner"]![0]!.GetValue<string>(), Does.Contain("4000"));
        Assert.That((await client.GetJsonAsync("/api/v1/finance/cost-centers"))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Text_of_exactly_the_limit_reaches_the_fields_own_rule()
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Risks, NewRisk().With("description", new string('d', 4000)));

        await response.ShouldHaveStatus(HttpStatusCode.Created);
    }

    [TestCase("Name\u0000with NUL")]
    [TestCase("Bell\u0007")]
    [TestCase("Escape\u001b[31m")]
    [TestCase("C1\u0085control")]
    [TestCase("Broken \uFFFD byte")]
    public async Task Control_characters_are_refused_in_posts_and_patches_alike(string text)
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        await (await client.PostJsonAsync(Risks, NewRisk(title: text))).ShouldBeValidationProblem("title");
        await (await client.MergePatchAsync($"{Risks}/{risk.Id()}", System.Text.Json.JsonSerializer.Serialize(new { owner = text }))).ShouldBeValidationProblem("owner");

        Assert.That((await client.GetJsonAsync(Risks))["items"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That((await client.GetJsonAsync($"{Risks}/{risk.Id()}"))["version"]!.GetValue<long>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Tabs_and_line_breaks_are_text()
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Risks, NewRisk().With("description", "Line one\r\nLine two\tindented"));

        var created = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.That(created["description"]!.GetValue<string>(), Is.EqualTo("Line one\r\nLine two\tindented"));
    }

    [Test]
    public async Task A_query_value_over_4000_characters_is_a_400()
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}?owner={new string('o', 4001)}");

        await response.ShouldBeValidationProblem("owner");
    }

    [Test]
    public async Task Every_response_states_the_clients_rate_limit()
    {
        var ok = await Api.ClientFor(Roles.Viewer).GetAsync(Risks);
        var unauthorized = await Api.AnonymousClient().GetAsync(Risks);

        Assert.Multiple(() =>
        {
            Assert.That(ok.Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("1200"));
            Assert.That(unauthorized.Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("1200"));
        });
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("\"><img src=x>")]
    public async Task A_property_name_of_the_callers_choosing_comes_back_encoded_in_errors(string name)
    {
        var body = "{" + System.Text.Json.JsonSerializer.Serialize(name) + ":1}";

        var response = await Api.ClientFor(Roles.Risk).PostRawAsync(Risks, body);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        var key = problem["errors"]!.AsObject().Single().Key;
        Assert.That(key, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("\""));
        Assert.That(Uri.UnescapeDataString(key), Does.Contain(name));
    }

    [Test]
    public async Task A_property_name_of_thousands_of_characters_is_cut_in_errors()
    {
        var response = await Api.ClientFor(Roles.Risk).PostRawAsync(Risks, "{\"" + new string('x', 3000) + "\":1}");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Single().Key, Has.Length.LessThanOrEqualTo(101));
    }
}
