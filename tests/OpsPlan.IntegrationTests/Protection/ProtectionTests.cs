using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using System.Text;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Protection;

public sealed class ProtectionTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string ConsoleOrigin = "https://console.example.com";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Protection:RateLimitPermits"] = "5",
        ["Protection:RateLimitWindow"] = "00:10:00",
        ["Protection:MaxRequestBodyBytes"] = "4096",
        ["Protection:CorsOrigins:0"] = ConsoleOrigin,
    };

    [Test]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after_while_others_are_served()
    {
        var greedy = Api.ClientAs("greedy@example.com", Roles.Viewer);
        for (var i = 0; i < 5; i++)
        {
            await (await greedy.GetAsync(Risks)).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var refused = await greedy.GetAsync(Risks);
        var other = await Api.ClientAs("patient@example.com", Roles.Viewer).GetAsync(Risks);

        var problem = await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.That(problem["type"]!.GetValue<string>(), Does.Contain("rfc6585"));
        Assert.That(refused.Headers.RetryAfter?.Delta?.TotalSeconds, Is.GreaterThan(0));
        await other.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_client_traceparent_does_not_choose_the_problem_trace_id()
    {
        const string ClientTrace = "0af7651916cd43dd8448eb211c80319c";
        var client = Api.ClientFor(Roles.Viewer);
        client.DefaultRequestHeaders.Add("traceparent", $"00-{ClientTrace}-b7ad6b7169203331-01");

        var problem = await (await client.GetAsync($"{Risks}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(problem["traceId"]!.GetValue<string>(), Does.Not.Contain(ClientTrace).And.Not.Empty);
    }

    [Test]
    public async Task Health_checks_are_answered_whatever_the_rate_limit()
    {
        var anonymous = Api.AnonymousClient();
        for (var i = 0; i < 10; i++)
        {
            await anonymous.GetAsync(Risks);
        }

        await (await anonymous.GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.That((await anonymous.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await anonymous.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_body_over_the_size_limit_is_a_413_and_stores_nothing()
    {
        var client = Api.ClientFor(Roles.Risk);
        var body = NewRisk().With("description", new string('x', 5000));

        var response = await client.PostJsonAsync(Risks, body);

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "body-too-large");
        Assert.That((await client.GetJsonAsync(Risks))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Json_nested_deeper_than_the_limit_is_a_400()
    {
        var json = "{\"title\":" + string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)) + "}";

        var response = await Api.ClientFor(Roles.Risk).PostRawAsync(Risks, json);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed-body");
    }

    [Test]
    public async Task Every_status_the_api_answers_carries_the_same_security_rate_limit_and_cache_headers()
    {
        var risk = await Api.ClientAs("setup@example.com", Roles.Risk).CreateRiskAsync();
        var riskUrl = $"{Risks}/{risk.Id()}";
        var costCenter = await (await Api.ClientAs("setup@example.com", Roles.Finance).PostJsonAsync("/api/v1/finance/cost-centers", new { code = "GONE", name = "Gone", owner = "o@example.com" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var walk = new List<(string What, Func<Task<HttpResponseMessage>> Send)>
        {
            ("200", () => Client(Roles.Viewer).GetAsync(Risks)),
            ("201", () => Client(Roles.Risk).PostJsonAsync(Risks, NewRisk())),
            ("204", () => Client(Roles.Finance).DeleteAsync($"/api/v1/finance/cost-centers/{costCenter["id"]}")),
            ("400 validation", () => Client(Roles.Risk).PostJsonAsync(Risks, NewRisk(title: ""))),
            ("400 bad cursor", () => Client(Roles.Viewer).GetAsync($"{Risks}?cursor=garbage")),
            ("400 malformed", () => Client(Roles.Risk).PostRawAsync(Risks, "{")),
            ("401", () => Api.AnonymousClient().GetAsync(Risks)),
            ("403", () => Client(Roles.Viewer).PostJsonAsync(Risks, NewRisk())),
            ("404 record", () => Client(Roles.Viewer).GetAsync($"{Risks}/{Guid.CreateVersion7()}")),
            ("404 address", () => Client(Roles.Viewer).GetAsync("/api/v1/nowhere")),
            ("405", () => Client(Roles.Viewer).PutAsync(Risks, null)),
            ("409", () => Client(Roles.Risk).PostJsonAsync($"{riskUrl}/status-transitions", new { status = "closed" })),
            ("412", () => Client(Roles.Risk).PutJsonAsync(riskUrl, new { title = "t", category = "security", owner = "o@example.com" }, ifMatch: "\"99\"")),
            ("413", () => Client(Roles.Risk).PostJsonAsync(Risks, NewRisk().With("description", new string('x', 5000)))),
            ("415", () => Client(Roles.Risk).PostRawAsync(Risks, "{}", "text/plain")),
            ("200 health", () => Api.AnonymousClient().GetAsync("/health/ready")),
        };
        var greedy = Client(Roles.Viewer);
        for (var i = 0; i < 5; i++)
        {
            await greedy.GetAsync(Risks);
        }

        walk.Add(("429", () => greedy.GetAsync(Risks)));

        foreach (var (what, send) in walk)
        {
            var response = await send();
            var headers = response.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
            Assert.Multiple(() =>
            {
                Assert.That(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(what[..3]), what);
                Assert.That(headers.GetValueOrDefault("X-Content-Type-Options"), Is.EqualTo("nosniff"), what);
                Assert.That(headers.GetValueOrDefault("X-Frame-Options"), Is.EqualTo("DENY"), what);
                Assert.That(headers.GetValueOrDefault("Referrer-Policy"), Is.EqualTo("no-referrer"), what);
                Assert.That(headers.GetValueOrDefault("Content-Security-Policy"), Does.Contain("default-src 'none'"), what);
                Assert.That(headers.GetValueOrDefault("X-RateLimit-Limit"), Is.EqualTo("5"), what);
                Assert.That(headers.GetValueOrDefault("Cache-Control"), Is.EqualTo("no-store"), what);
                Assert.That(headers.ContainsKey("Pragma") || response.Content.Headers.Contains("Expires"), Is.False, what);
            });
        }
    }

    private int _clients;

    private HttpClient Client(string role) => Api.ClientAs($"walker{++_clients}@example.com", role);

    [Test]
    public async Task Responses_carry_security_headers_and_no_server_banner()
    {
        var response = await Api.ClientFor(Roles.Viewer).GetAsync(Risks);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
            Assert.That(response.Headers.Contains("Content-Security-Policy"), Is.True);
            Assert.That(response.Headers.Contains("Server"), Is.False);
        });
    }

    [Test]
    public async Task A_configured_console_origin_may_call_the_api_from_a_browser_and_others_may_not()
    {
        var client = Api.AnonymousClient();

        var allowed = await client.SendAsync(Preflight(ConsoleOrigin));
        var other = await client.SendAsync(Preflight("https://evil.example.com"));

        Assert.Multiple(() =>
        {
            Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { ConsoleOrigin }));
            Assert.That(allowed.Headers.GetValues("Access-Control-Max-Age"), Is.EqualTo(new[] { "3600" }));
            Assert.That(other.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
    }

    [Test]
    public async Task A_problem_never_carries_library_exception_text()
    {
        var response = await Api.ClientFor(Roles.Risk).PostAsync(Risks, new StringContent("{\"likelihood\": 1e999}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.ToJsonString(), Does.Not.Contain("System.").And.Not.Contain("Exception").And.Not.Contain("   at "));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, Risks);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
