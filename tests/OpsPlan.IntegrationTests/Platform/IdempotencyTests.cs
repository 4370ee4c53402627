using OpsPlan.BuildingBlocks.Application.Security;
using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Idempotency;
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

    [Test]
    public async Task After_a_crash_between_commit_and_reply_the_retry_replays_the_committed_result_instead_of_running_again()
    {
        var client = Api.ClientFor(Roles.Risk);
        var first = await (await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "crash-1")).ShouldHaveStatus(HttpStatusCode.Created);
        await LeaveReservationAsACrashWouldAsync("crash-1", DateTime.UtcNow);

        var whileReserved = await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "crash-1");
        await whileReserved.ShouldBeProblem(HttpStatusCode.Conflict, "idempotency.in-progress");

        await LeaveReservationAsACrashWouldAsync("crash-1", DateTime.UtcNow - IdempotencyStore.AbandonedAfter - TimeSpan.FromSeconds(1));
        var retry = await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "crash-1");

        var retried = await retry.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(retried["id"]!.GetValue<string>(), Is.EqualTo(first["id"]!.GetValue<string>()));
            Assert.That(retried["title"]!.GetValue<string>(), Is.EqualTo(first["title"]!.GetValue<string>()));
            Assert.That(retry.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(retry.Headers.Location, Is.Not.Null);
        });
        Assert.That((await client.GetJsonAsync(Risks))["items"]!.AsArray(), Has.Count.EqualTo(1), "the retry did the work a second time");
        var replay = await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "crash-1");
        Assert.That(replay.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }), "the retry's reply is remembered again");
    }

    [Test]
    public async Task After_a_crash_the_key_with_another_body_is_still_a_422()
    {
        var client = Api.ClientFor(Roles.Risk);
        await (await client.PostJsonAsync(Risks, NewRisk(), idempotencyKey: "crash-2")).ShouldHaveStatus(HttpStatusCode.Created);
        await LeaveReservationAsACrashWouldAsync("crash-2", DateTime.UtcNow - TimeSpan.FromMinutes(1));

        var response = await client.PostJsonAsync(Risks, NewRisk(title: "Another risk"), idempotencyKey: "crash-2");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        Assert.That((await client.GetJsonAsync(Risks))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_repeated_key_for_a_new_api_key_is_a_409_pointing_at_the_key_and_its_secret_is_stored_nowhere()
    {
        var admin = Api.ClientFor(Roles.Admin);
        object request = new { name = "CRM", roles = new[] { "integrator" } };
        var first = await (await admin.PostJsonAsync("/api/v1/admin/api-keys", request, idempotencyKey: "key-1")).ShouldHaveStatus(HttpStatusCode.Created);
        var id = first["id"]!.GetValue<string>();
        var secret = first["key"]!.GetValue<string>();

        var repeat = await admin.PostJsonAsync("/api/v1/admin/api-keys", request, idempotencyKey: "key-1");
        await LeaveReservationAsACrashWouldAsync("key-1", DateTime.UtcNow - TimeSpan.FromMinutes(1));
        var afterCrash = await admin.PostJsonAsync("/api/v1/admin/api-keys", request, idempotencyKey: "key-1");

        foreach (var response in new[] { repeat, afterCrash })
        {
            await response.ShouldBeProblem(HttpStatusCode.Conflict, "idempotency.secret-not-replayed");
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/api/v1/admin/api-keys/{id}"));
        }

        Assert.That((await admin.GetJsonAsync("/api/v1/admin/api-keys"))["items"]!.AsArray(), Has.Count.EqualTo(1), "one key for one Idempotency-Key");
        await using var connection = await Api.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var stored = string.Concat(await connection.QueryAsync<string?>("SELECT body FROM platform.idempotency_keys"))
            + string.Concat(await connection.QueryAsync<string>("SELECT result FROM access.idempotency_results"));
        Assert.That(stored, Does.Not.Contain(secret));
    }

    /// <summary>What a kill between the command's commit and the reply leaves: the reservation, never completed.</summary>
    private async Task LeaveReservationAsACrashWouldAsync(string key, DateTime reservedAt)
    {
        await using var connection = await Api.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var changed = await connection.ExecuteAsync("""
            UPDATE platform.idempotency_keys
            SET completed_at = NULL, status_code = NULL, content_type = NULL, location = NULL, etag = NULL, body = NULL, created_at = @ReservedAt
            WHERE idempotency_key = @Key
            """, new { Key = key, ReservedAt = reservedAt });
        Assert.That(changed, Is.EqualTo(1));
    }
}
