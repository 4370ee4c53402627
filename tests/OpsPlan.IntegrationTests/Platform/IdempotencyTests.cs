using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using static OpsPlan.IntegrationTests.Risk.RiskRequests;

namespace OpsPlan.IntegrationTests.Platform;

public sealed class IdempotencyTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task The_same_key_and_body_replay_the_first_response_without_doing_the_work_again()
    {
        var client = Api.ClientFor(Roles.Risk);

        var first = await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "create-1");
        var replay = await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "create-1");

        var firstBody = await first.ShouldHaveStatus(HttpStatusCode.Created);
        var replayBody = await replay.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(replayBody.ToJsonString(), Is.EqualTo(firstBody.ToJsonString()));
            Assert.That(replay.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(replay.Headers.ETag, Is.EqualTo(first.Headers.ETag));
            Assert.That(replay.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
        });
        Assert.That((await client.GetJsonAsync(Risks))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_same_key_with_another_body_is_a_422_and_does_nothing()
    {
        var client = Api.ClientFor(Roles.Risk);
        await (await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "create-2")).ShouldHaveStatus(HttpStatusCode.Created);

        var response = await client.PostJsonAsync(Risks, NewRisk(title: "Another risk"), idempotencyKey: "create-2");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        Assert.That((await client.GetJsonAsync(Risks))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Keys_belong_to_their_caller()
    {
        await (await Api.ClientAs("a@example.com", Roles.Risk).PostJsonAsync(Risks, NewRisk(), idempotencyKey: "shared")).ShouldHaveStatus(HttpStatusCode.Created);

        var other = await Api.ClientAs("b@example.com", Roles.Risk).PostJsonAsync(Risks, NewRisk(), idempotencyKey: "shared");

        Assert.That(other.Headers.Contains("Idempotent-Replayed"), Is.False);
        await other.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.That((await Api.ClientFor(Roles.Viewer).GetJsonAsync(Risks))["items"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_refused_request_does_not_keep_its_key_so_the_corrected_request_can_use_it()
    {
        var client = Api.ClientFor(Roles.Risk);
        await (await client.PostJsonAsync(Risks, NewRisk(title: ""), idempotencyKey: "retry-me")).ShouldBeValidationProblem("title");

        var corrected = await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "retry-me");

        await corrected.ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_key_longer_than_255_characters_is_a_400()
    {
        var response = await Api.ClientFor(Roles.Risk).PostJsonAsync(Risks, NewRisk(), idempotencyKey: new string('k', 256));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "idempotency.invalid-key");
        Assert.That((await Api.ClientFor(Roles.Viewer).GetJsonAsync(Risks))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_replayed_transition_is_not_applied_twice()
    {
        var client = Api.ClientFor(Roles.Risk);
        var risk = await client.CreateRiskAsync();
        var url = $"{Risks}/{risk.Id()}/status-transitions";

        var first = await (await client.PostJsonAsync(url, new { status = "assessed" }, idempotencyKey: "step-1")).ShouldHaveStatus(HttpStatusCode.OK);
        var replay = await (await client.PostJsonAsync(url, new { status = "assessed" }, idempotencyKey: "step-1")).ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(replay.ToJsonString(), Is.EqualTo(first.ToJsonString()));
        Assert.That((await client.GetJsonAsync($"{Risks}/{risk.Id()}"))["version"]!.GetValue<long>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Anonymous_posts_with_a_key_store_nothing()
    {
        var anonymous = Api.AnonymousClient();

        for (var i = 0; i < 3; i++)
        {
            await anonymous.PostJsonAsync("/health/ready", new { }, idempotencyKey: $"junk-{i}");
            await anonymous.PostJsonAsync(Risks, NewRisk(), idempotencyKey: $"junk-{i}");
        }

        await using var connection = await Api.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM platform.idempotency_keys"), Is.Zero);
    }
}
