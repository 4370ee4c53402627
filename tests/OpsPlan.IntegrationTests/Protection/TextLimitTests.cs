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

    [TestCase("title", "Line one\nline two")]
    [TestCase("owner", "cro@example.com\r\n")]
    [TestCase("title", "tab\tinside")]
    public async Task A_line_break_or_tab_in_a_one_line_field_is_a_400_naming_it(string field, string value)
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Risks, NewRisk().With(field, value));

        var problem = await response.ShouldBeValidationProblem(field);
        Assert.That(problem["errors"]![field]![0]!.GetValue<string>(), Does.Contain("One line"));
        Assert.That((await Api.ClientFor(Roles.Viewer).GetJsonAsync(Risks))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_one_line_field_refuses_a_line_break_through_merge_patch_and_in_other_modules_too()
    {
        var finance = Api.ClientFor(Roles.Finance);
        var created = await (await finance.PostJsonAsync("/api/v1/finance/cost-centers", new { code = "OPS", name = "Operations", owner = "cfo@example.com" })).ShouldHaveStatus(HttpStatusCode.Created);

        var refusedCreate = await finance.PostJsonAsync("/api/v1/finance/cost-centers", new { code = "MKT", name = "Market\ning", owner = "cmo@example.com" });
        var refusedPatch = await finance.MergePatchAsync($"/api/v1/finance/cost-centers/{created["id"]}", "{\"owner\":\"a\\nb\"}");

        await refusedCreate.ShouldBeValidationProblem("name");
        await refusedPatch.ShouldBeValidationProblem("owner");
        Assert.That((await finance.GetJsonAsync("/api/v1/finance/cost-centers"))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Multi_line_text_keeps_its_line_breaks()
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Risks, NewRisk().With("description", "First line.\n\tIndented second."));

        var risk = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.That(risk["description"]!.GetValue<string>(), Is.EqualTo("First line.\n\tIndented second."));
    }

    [TestCase("/api/v1/risk/risks?updatedSince=2026-11-20T14:02:00", "updatedSince")]
    [TestCase("/api/v1/risk/incidents/metrics?from=2026-11-01T00:00:00&to=2026-12-01T00:00:00Z", "from")]
    [TestCase("/api/v1/finance/transactions?updatedSince=2026-11-20", "updatedSince")]
    public async Task A_query_time_without_its_zone_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync(url);

        var problem = await response.ShouldBeValidationProblem(parameter);
        Assert.That(problem["errors"]![parameter]![0]!.GetValue<string>(), Does.Contain("zone"));
    }

    [TestCase("2026-11-20T14:02:00Z")]
    [TestCase("2026-11-20T15:02:00%2B01:00")]
    public async Task A_query_time_with_its_zone_is_read(string since)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"/api/v1/risk/risks?updatedSince={since}");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [TestCase("/api/v1/risk/risks?levle=high", "levle")]
    [TestCase("/api/v1/finance/transactions?costCentre=x", "costCentre")]
    [TestCase("/api/v1/risk/risks/heatmap?%3Cscript%3E=1", "%3Cscript%3E")]
    public async Task An_unknown_query_parameter_is_a_400_naming_it_and_what_the_operation_takes(string url, string parameter)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync(url);

        var problem = await response.ShouldBeValidationProblem(parameter);
        Assert.That(problem["errors"]![parameter]![0]!.GetValue<string>(), Does.Contain("it takes:").And.Contain("limit").Or.Contain("basis"));
    }

    [Test]
    public async Task Known_query_parameters_in_any_case_are_read()
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync("/api/v1/risk/risks?Limit=5&owner=x");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_unknown_enum_value_in_a_body_lists_the_allowed_ones()
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Risks, NewRisk().With("category", "weather"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!["category"]![0]!.GetValue<string>(), Does.Contain("'weather' is not one of: market, technology"));
    }

    [Test]
    public async Task A_patch_sent_as_plain_json_is_told_to_use_merge_patch()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"{Risks}/{risk.Id()}") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("application/merge-patch+json"));
    }

    [Test]
    public async Task Problems_carry_the_same_32_digit_trace_id_as_the_audit_trail()
    {
        var problem = await (await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(problem["traceId"]!.GetValue<string>(), Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task A_body_with_several_mistakes_names_every_one_not_only_the_first()
    {
        var body = """{"title":"T","category":"weather","owner":"o@example.com","likelihood":"five","impact":3,"nextReviewDate":"someday","colour":"red"}""";

        var response = await Api.ClientFor(Roles.Risk).PostRawAsync(Risks, body);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-body");
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "category", "colour", "likelihood", "nextReviewDate" }));
    }
}
