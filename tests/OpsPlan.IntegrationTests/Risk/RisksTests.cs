using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Risk;

public sealed class RisksTests(DatabaseProvider provider) : RiskTest(provider)
{
    [Test]
    public async Task Creating_a_risk_returns_201_with_location_etag_score_and_level()
    {
        var client = Api.ClientFor(Roles.Risk);

        var response = await client.PostJsonAsync(Risks, NewRisk(likelihood: 4, impact: 4));

        var risk = await response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"{Risks}/{risk.Id()}"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(risk["score"]!.GetValue<int>(), Is.EqualTo(16));
            Assert.That(risk["level"]!.GetValue<string>(), Is.EqualTo("critical"));
            Assert.That(risk["status"]!.GetValue<string>(), Is.EqualTo("identified"));
            Assert.That(risk["source"]!.GetValue<string>(), Is.EqualTo("manual"));
            Assert.That(Guid.Parse(risk.Id()).Version, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task A_created_risk_can_be_read_back_with_its_etag()
    {
        var client = Api.ClientFor(Roles.Risk);
        var created = await client.CreateRiskAsync();

        var response = await client.GetAsync($"{Risks}/{created.Id()}");

        var read = await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(read.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        });
    }

    [Test]
    public async Task Creating_a_risk_with_every_field_wrong_reports_every_field_and_stores_nothing()
    {
        var client = Api.ClientFor(Roles.Risk);
        var body = NewRisk(title: "", owner: new string('o', 201), likelihood: 0, impact: 6)
            .Without("category").With("residualLikelihood", 2);

        var response = await client.PostJsonAsync(Risks, body);

        await response.ShouldBeValidationProblem("title", "owner", "likelihood", "impact", "category", "residualImpact");
        var list = await client.GetJsonAsync(Risks);
        Assert.That(list["items"]!.AsArray(), Is.Empty);
    }

    [TestCase("{\"title\": ", "title")]
    [TestCase("[1, 2", "body")]
    [TestCase("{\"title\":\"t\",\"category\":\"weather\",\"owner\":\"o\",\"likelihood\":1,\"impact\":1}", "category")]
    [TestCase("{\"title\":\"t\",\"category\":\"market\",\"owner\":\"o\",\"likelihood\":\"high\",\"impact\":1}", "likelihood")]
    [TestCase("{\"title\":\"t\",\"category\":\"market\",\"owner\":\"o\",\"likelihood\":1,\"impact\":1,\"severity\":3}", "severity")]
    [TestCase("{\"title\":\"t\",\"category\":2,\"owner\":\"o\",\"likelihood\":1,\"impact\":1}", "category")]
    public async Task A_malformed_body_is_a_400_that_names_the_field(string json, string field)
    {
        var client = Api.ClientFor(Roles.Risk);

        var response = await client.PostRawAsync(Risks, json);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-body");
        Assert.That(problem["errors"]!.AsObject().Select(pair => pair.Key), Is.EquivalentTo(new[] { field }));
    }

    [Test]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var response = await Api.ClientFor(Roles.Risk).PostRawAsync(Risks, "title=x", "application/x-www-form-urlencoded");

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Without_a_token_the_api_answers_401()
    {
        var response = await Api.AnonymousClient().GetAsync(Risks);

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var client = Api.AnonymousClient();
        var forged = new TokenIssuer(new AuthOptions { SigningKey = "another-key-another-key-another-key-0123" }).Issue("mallory", [Roles.Admin], TimeSpan.FromMinutes(5));
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        var response = await client.GetAsync(Risks);

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [TestCase(Roles.Viewer)]
    [TestCase(Roles.Finance)]
    [TestCase(Roles.Integrator)]
    public async Task Roles_without_risk_rights_may_read_but_not_write(string role)
    {
        var client = Api.ClientFor(role);

        var write = await client.PostJsonAsync(Risks, NewRisk());
        var read = await client.GetAsync(Risks);

        await write.ShouldBeProblem(HttpStatusCode.Forbidden);
        await read.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_admin_may_write_risks()
    {
        await Api.ClientFor(Roles.Admin).CreateRiskAsync();
    }

    [TestCase("0196a1b2-0000-7000-8000-000000000000")]
    [TestCase("not-a-guid")]
    public async Task An_unknown_or_malformed_id_is_a_404(string id)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}/{id}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Lists_filter_by_category_level_status_and_owner()
    {
        var client = Api.ClientFor(Roles.Risk);
        await client.CreateRiskAsync(NewRisk(category: "security", likelihood: 5, impact: 5));
        await client.CreateRiskAsync(NewRisk(category: "security", likelihood: 1, impact: 2, owner: "ciso@example.com"));
        await client.CreateRiskAsync(NewRisk(category: "market", likelihood: 5, impact: 5));

        var critical = await client.GetJsonAsync($"{Risks}?category=security&level=critical&status=identified");
        var byOwner = await client.GetJsonAsync($"{Risks}?owner=ciso@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(critical["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(critical["items"]![0]!["score"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(byOwner["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [TestCase("level=critical&level=low")]
    [TestCase("level=critical,low")]
    [TestCase("level=critical, low&level=critical")]
    public async Task An_enum_filter_takes_several_values_repeated_or_comma_separated(string filter)
    {
        var client = Api.ClientFor(Roles.Risk);
        await client.CreateRiskAsync(NewRisk(likelihood: 5, impact: 5));
        await client.CreateRiskAsync(NewRisk(likelihood: 1, impact: 2));
        await client.CreateRiskAsync(NewRisk(likelihood: 3, impact: 3));

        var page = await client.GetJsonAsync($"{Risks}?{filter}");

        Assert.That(page["items"]!.AsArray().Select(risk => risk!["level"]!.GetValue<string>()).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "critical", "low" }));
    }

    [Test]
    public async Task Top_risks_sort_by_score_then_title_and_the_cursor_pages_through_that_order_once()
    {
        var client = Api.ClientFor(Roles.Risk);
        foreach (var (title, likelihood, impact) in new[] { ("B", 5, 5), ("A", 5, 5), ("C", 1, 1), ("D", 3, 4), ("E", 4, 3), ("F", 2, 2) })
        {
            await client.CreateRiskAsync(NewRisk(title: title, likelihood: likelihood, impact: impact));
        }

        var seen = new List<string>();
        var url = $"{Risks}?sort=-score,title&limit=2";
        while (true)
        {
            var page = await client.GetJsonAsync(url);
            seen.AddRange(page["items"]!.AsArray().Select(risk => risk!["title"]!.GetValue<string>()));
            if (page["nextCursor"]?.GetValue<string>() is not { } next)
            {
                break;
            }

            url = $"{Risks}?sort=-score,title&limit=2&cursor={next}";
        }

        Assert.That(seen, Is.EqualTo(new[] { "A", "B", "D", "E", "F", "C" }));
    }

    [TestCase("sort=shoeSize", "sort")]
    [TestCase("sort=score,score", "sort")]
    [TestCase("sort=-score&updatedSince=2026-01-01T00:00:00Z", "sort")]
    public async Task A_sort_outside_the_whitelist_or_with_updated_since_is_a_400(string query, string field)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}?{query}");

        var problem = await response.ShouldBeValidationProblem(field);
        Assert.That(problem["errors"]![field]![0]!.GetValue<string>(), Does.Contain("score").Or.Contain("oldest first"));
    }

    [Test]
    public async Task A_cursor_of_one_sort_is_refused_with_another()
    {
        var client = Api.ClientFor(Roles.Risk);
        for (var i = 0; i < 3; i++)
        {
            await client.CreateRiskAsync();
        }

        var page = await client.GetJsonAsync($"{Risks}?sort=title&limit=1");
        var other = await client.GetAsync($"{Risks}?sort=-score&limit=1&cursor={page["nextCursor"]}");
        var unsorted = await client.GetAsync($"{Risks}?limit=1&cursor={page["nextCursor"]}");

        await other.ShouldBeValidationProblem("cursor");
        await unsorted.ShouldBeValidationProblem("cursor");
    }

    [Test]
    public async Task One_bad_value_among_several_is_a_400_listing_the_allowed_ones()
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}?status=identified,in-limbo");

        var problem = await response.ShouldBeValidationProblem("status");
        Assert.That(problem["errors"]!["status"]![0]!.GetValue<string>(), Does.Contain("in-limbo").And.Contain("identified, assessed"));
    }

    [Test]
    public async Task Paging_with_the_cursor_visits_every_risk_once_newest_first()
    {
        var client = Api.ClientFor(Roles.Risk);
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await client.CreateRiskAsync(NewRisk(title: $"Risk {i}"))).Id());
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"{Risks}?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page["items"]!.AsArray().Select(item => item!.Id()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.That(seen, Is.EqualTo(Enumerable.Reverse(created).ToList()));
    }

    [Test]
    public async Task UpdatedSince_returns_changed_risks_oldest_change_first()
    {
        var client = Api.ClientFor(Roles.Risk);
        var first = await client.CreateRiskAsync(NewRisk(title: "First"));
        var second = await client.CreateRiskAsync(NewRisk(title: "Second"));
        await (await client.PutJsonAsync($"{Risks}/{first.Id()}", new { title = "First, renamed", category = "partner", owner = "cfo@example.com" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var since = Uri.EscapeDataString(second["createdAt"]!.GetValue<string>());

        var page = await client.GetJsonAsync($"{Risks}?updatedSince={since}");

        Assert.That(page["items"]!.AsArray().Select(item => item!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Second", "First, renamed" }));
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=201", "limit")]
    [TestCase("cursor=garbage", "cursor")]
    [TestCase("category=weather", "category")]
    [TestCase("status=in-limbo&level=extreme", "status", "level")]
    public async Task Invalid_list_parameters_are_a_400_naming_them(string query, params string[] fields)
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}?{query}");

        await response.ShouldBeValidationProblem(fields);
    }

    [Test]
    public async Task A_malformed_updatedSince_is_a_400()
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync($"{Risks}?updatedSince=yesterday");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
