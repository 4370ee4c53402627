using System.Net;
using System.Text.Json.Nodes;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.BadInput;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.Modules.Growth.Application.Segments.Rules;

namespace OpsPlan.IntegrationTests.OpenApi;

/// <summary>What a client generator and a frontend developer read in the document, checked against the running API.</summary>
public sealed class OpenApiContractTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Every_query_parameter_is_described_and_limit_states_its_default()
    {
        var operations = OpenApiOperation.All(await DocumentAsync()).ToList();

        var undescribed = operations.SelectMany(operation => operation.QueryParameters
                .Where(parameter => string.IsNullOrWhiteSpace(parameter["description"]?.GetValue<string>()))
                .Select(parameter => $"{operation.Name} ?{parameter["name"]}"))
            .ToList();
        var limits = operations.SelectMany(operation => operation.QueryParameters).Where(parameter => parameter["name"]!.GetValue<string>() == "limit").ToList();

        Assert.That(undescribed, Is.Empty);
        Assert.That(limits, Is.Not.Empty);
        Assert.That(limits.Select(limit => limit["schema"]!["default"]!.GetValue<int>()), Has.All.EqualTo(50));
    }

    [Test]
    public async Task Every_list_accepts_the_sort_keys_the_document_names_and_refuses_others()
    {
        var client = Api.ClientFor(Roles.Admin);
        var description = (await DocumentAsync())["paths"]!["/api/v1/risk/risks"]!["get"]!["parameters"]!.AsArray()
            .Single(parameter => parameter!["name"]!.GetValue<string>() == "sort")!["description"]!.GetValue<string>();
        var lists = OpenApiOperation.All(await DocumentAsync()).Where(operation => operation.QueryParameters.Any(parameter => parameter["name"]!.GetValue<string>() == "sort")).ToList();
        var extra = new Dictionary<string, string[]>
        {
            ["/api/v1/risk/risks"] = ["score", "title", "owner"],
            ["/api/v1/risk/incidents"] = ["detectedAt", "severity", "title"],
            ["/api/v1/finance/transactions"] = ["occurredOn", "amount"],
            ["/api/v1/finance/cost-centers"] = ["code", "name"],
        };
        var failures = new List<string>();

        foreach (var list in lists)
        {
            foreach (var key in new[] { "createdAt", "updatedAt" }.Concat(extra.GetValueOrDefault(list.Path, [])))
            {
                var response = await client.GetAsync($"{list.ConcretePath}?sort=-{key}");
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound) || !description.Contains(key, StringComparison.Ordinal))
                {
                    failures.Add($"{list.Name} sort=-{key}: {(int)response.StatusCode}");
                }
            }

            var refused = await client.GetAsync($"{list.ConcretePath}?sort=shoeSize");
            if (refused.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{list.Name} sort=shoeSize: {(int)refused.StatusCode}");
            }
        }

        Assert.That(lists, Has.Count.GreaterThanOrEqualTo(14));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Request_schemas_state_the_validators_bounds_and_required_fields()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        var create = schemas["CreateRiskCommand"]!;
        var assess = schemas["AssessRiskRequest"]!;

        Assert.Multiple(() =>
        {
            Assert.That(create["properties"]!["title"]!["maxLength"]!.GetValue<int>(), Is.EqualTo(200), "RiskRules.TitleMaxLength, not the 4,000 global cap");
            Assert.That(create["properties"]!["title"]!["minLength"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(create["properties"]!["title"]!["pattern"]!.GetValue<string>(), Is.EqualTo(@"^[^\r\n\t]*$"));
            Assert.That(create["properties"]!["likelihood"]!["minimum"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(create["properties"]!["likelihood"]!["maximum"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(assess["required"]!.AsArray().Select(name => name!.GetValue<string>()), Is.EquivalentTo(new[] { "likelihood", "impact", "rationale" }));
            Assert.That(schemas["UpdateRiskPatch"]!["required"], Is.Null, "a merge patch names only what it changes");
        });
    }

    [Test]
    public async Task Schemas_carry_their_contracts_summaries_and_a_segment_condition_names_every_field_a_rule_may_test()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        var condition = schemas["SegmentCondition"]!["description"]?.GetValue<string>() ?? "";

        Assert.Multiple(() =>
        {
            Assert.That(SegmentField.Names.Where(name => !condition.Contains(name, StringComparison.Ordinal)), Is.Empty, condition);
            Assert.That(condition, Does.Contain("attributes.<key>"));
            Assert.That(schemas["ActivityEventItem"]!["description"]?.GetValue<string>(), Does.Contain("customerExternalId"));
            Assert.That(schemas["BudgetDto"]!["description"]?.GetValue<string>(), Does.Contain("Once approved"));
            Assert.That(schemas["BatchResultDto"]!["description"]?.GetValue<string>(), Does.Contain("One result per item"), "the building blocks' own contracts");
        });
    }

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task The_document_and_json_responses_come_compressed_when_asked(string encoding)
    {
        var client = Api.ClientFor(Roles.Viewer);
        foreach (var url in new[] { "/swagger/v1/swagger.json", "/api/v1/risk/risks" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);

            var response = await client.SendAsync(request);

            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { encoding }), url);
        }
    }

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await Api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
}
