using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Platform;

public sealed class AuthTests(DatabaseProvider provider) : ApiTest(provider)
{
    private HttpClient ClientWith(string token)
    {
        var client = Api.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static string Token(object role, string issuer = "opsplan", string audience = "opsplan-api", DateTime? expires = null, string? subject = "someone",
        IDictionary<string, object>? header = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(subject is null ? [] : [new Claim("sub", subject)]),
            AdditionalHeaderClaims = header,
            Claims = new Dictionary<string, object> { ["role"] = role },
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(TestApi.SigningKey)), SecurityAlgorithms.HmacSha256),
        });

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("apikey:019a5f60-7a1b-7c2d-8e3f-405162738495")]
    [TestCase("APIKEY:someone")]
    public async Task A_token_whose_subject_is_missing_empty_or_an_api_keys_is_a_401_and_writes_nothing(string? subject)
    {
        await (await ClientWith(Token("admin", subject: subject)).PostJsonAsync(Risks, NewRisk())).ShouldBeProblem(HttpStatusCode.Unauthorized);

        await (await ClientWith(Token("admin")).GetAsync(Risks)).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That((await ClientWith(Token("admin")).GetJsonAsync(Risks))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_token_with_critical_header_extensions_is_a_401()
    {
        var token = Token("admin", header: new Dictionary<string, object> { ["crit"] = new[] { "exp-ext" }, ["exp-ext"] = true });

        await (await ClientWith(token).GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_role_claim_may_be_a_string_or_an_array()
    {
        await (await ClientWith(Token("risk")).PostJsonAsync(Risks, NewRisk())).ShouldHaveStatus(HttpStatusCode.Created);
        await (await ClientWith(Token(new[] { "viewer", "risk" })).PostJsonAsync(Risks, NewRisk())).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Test]
    public async Task An_unknown_role_may_not_even_read()
    {
        await (await ClientWith(Token("astronaut")).GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [TestCase("expired")]
    [TestCase("issuer")]
    [TestCase("audience")]
    public async Task Expired_or_foreign_tokens_are_a_401(string flaw)
    {
        var token = flaw switch
        {
            "expired" => Token("admin", expires: DateTime.UtcNow.AddMinutes(-5)),
            "issuer" => Token("admin", issuer: "someone-else"),
            _ => Token("admin", audience: "another-api"),
        };

        await (await ClientWith(token).GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_accepted_before_is_accepted_again_and_a_tampered_copy_is_not()
    {
        var token = Token("viewer");
        var tampered = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");

        await (await ClientWith(token).GetAsync(Risks)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await ClientWith(token).GetAsync(Risks)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await ClientWith(tampered).GetAsync(Risks)).ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await ClientWith(token).PostJsonAsync(Risks, NewRisk())).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_token_command_prints_a_token_the_api_accepts_and_refuses_unknown_roles()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = TestApi.SigningKey }).Build();
        var output = new StringWriter();

        var exit = TokenCommand.Run(["token", "--role", "risk", "--sub", "qa@example.com"], configuration, output, TextWriter.Null);
        var refused = TokenCommand.Run(["token", "--role", "wizard"], configuration, TextWriter.Null, TextWriter.Null);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(refused, Is.EqualTo(2));
        });
        await (await ClientWith(output.ToString().Trim()).PostJsonAsync(Risks, NewRisk())).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Test]
    public void The_token_command_without_a_signing_key_says_so_and_exits_2_instead_of_crashing()
    {
        var error = new StringWriter();

        var exit = TokenCommand.Run(["token", "--role", "risk"], new ConfigurationBuilder().Build(), TextWriter.Null, error);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("Auth__SigningKey"));
    }

    [TestCase(null)]
    [TestCase("too-short")]
    public void Outside_development_the_api_refuses_to_start_without_a_real_signing_key(string? key)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Auth:SigningKey", key);
            builder.UseSetting("Database:SqliteDirectory", Path.Combine(Path.GetTempPath(), "opsplan-tests", Guid.NewGuid().ToString("N")));
        });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Auth:SigningKey"));
    }
}
