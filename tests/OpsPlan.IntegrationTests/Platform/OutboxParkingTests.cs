using System.Net;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Risk.Contracts.Events;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>An event its consumer keeps refusing is parked for admins instead of being retried forever; a fault is not.</summary>
public sealed class OutboxParkingTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Failures = "/api/v1/admin/outbox/failures";

    private ProbeState Probe => Api.Services.GetRequiredService<ProbeState>();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Outbox:ParkAfterAttempts"] = "3" };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ProbeState>();
        services.AddScoped<INotificationHandler<RiskRaised>, RiskRaisedProbe>();
    }

    /// <summary>Runs the relay as often as asked, each time as if the back-off had passed.</summary>
    private async Task DeliverWithoutWaitingAsync(int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            await Api.DeliverOutboxAsync();
            await using var connection = await Api.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync("UPDATE risk.outbox_messages SET locked_until = NULL");
        }
    }

    [Test]
    public async Task A_refused_event_is_parked_listed_for_admins_and_delivered_once_an_admin_retries_it()
    {
        var risk = await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        var admin = Api.ClientFor(Roles.Admin);
        Probe.Refuse = true;

        await DeliverWithoutWaitingAsync(rounds: 5);

        Assert.That(Probe.Deliveries, Is.EqualTo(3), "parked after the third refusal, not tried again");
        var failure = (await admin.GetJsonAsync(Failures))["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(failure["module"]!.GetValue<string>(), Is.EqualTo("risk"));
            Assert.That(failure["type"]!.GetValue<string>(), Is.EqualTo("risk.risk-raised"));
            Assert.That(failure["attempts"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(failure["lastError"]!.GetValue<string>(), Does.Contain("Probe told to refuse."));
            Assert.That(failure["parkedAt"], Is.Not.Null);
        });
        Assert.That((await admin.GetJsonAsync($"{Failures}?module=finance"))["items"]!.AsArray(), Is.Empty);
        Assert.That((await admin.GetJsonAsync($"{Failures}/{failure.Id()}"))["type"]!.GetValue<string>(), Is.EqualTo("risk.risk-raised"));

        Probe.Refuse = false;
        var retried = await (await admin.PostJsonAsync($"{Failures}/{failure.Id()}/retry", new { })).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That((retried["parkedAt"], retried["attempts"]!.GetValue<int>()), Is.EqualTo(((object?)null, 0)));
        Assert.That((await admin.GetJsonAsync(Failures))["items"]!.AsArray(), Is.Empty);

        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(1));
        Assert.That(Probe.Received.Select(received => received.RiskId.ToString()), Is.EqualTo(new[] { risk.Id() }));
        await (await admin.PostJsonAsync($"{Failures}/{failure.Id()}/retry", new { })).ShouldBeProblem(HttpStatusCode.NotFound);

        var audit = (await admin.GetJsonAsync("/api/v1/audit?module=risk"))["items"]!.AsArray();
        Assert.That(audit.Select(entry => entry!["command"]!.GetValue<string>()), Does.Contain("RetryOutboxFailureCommand"));
    }

    [Test]
    public async Task A_fault_is_retried_for_as_long_as_it_lasts_and_never_parked()
    {
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        Probe.Fail = true;

        await DeliverWithoutWaitingAsync(rounds: 5);

        Assert.That(Probe.Deliveries, Is.EqualTo(5));
        Assert.That((await Api.ClientFor(Roles.Admin).GetJsonAsync(Failures))["items"]!.AsArray(), Is.Empty);
        Probe.Fail = false;
        Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Only_admins_see_or_retry_parked_events_and_unknown_ones_are_404()
    {
        var risk = Api.ClientFor(Roles.Risk);

        await (await risk.GetAsync(Failures)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await risk.PostJsonAsync($"{Failures}/{Guid.CreateVersion7()}/retry", new { })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await Api.ClientFor(Roles.Admin).PostJsonAsync($"{Failures}/{Guid.CreateVersion7()}/retry", new { })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Api.ClientFor(Roles.Admin).GetAsync($"{Failures}?module=nowhere")).ShouldBeValidationProblem("module");
        await (await Api.ClientFor(Roles.Admin).GetAsync($"{Failures}?module=dashboard")).ShouldBeValidationProblem("module");
    }
}
