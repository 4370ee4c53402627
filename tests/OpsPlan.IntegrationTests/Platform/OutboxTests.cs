using OpsPlan.BuildingBlocks.Application.Security;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Outbox;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;
using OpsPlan.Modules.Risk.Contracts.Events;

namespace OpsPlan.IntegrationTests.Platform;

public sealed class OutboxTests(DatabaseProvider provider) : ApiTest(provider)
{
    private ProbeState Probe => Api.Services.GetRequiredService<ProbeState>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ProbeState>();
        services.AddScoped<INotificationHandler<RiskRaised>, RiskRaisedProbe>();
        services.AddScoped<INotificationHandler<RiskRaised>, IdempotentRiskRaisedProbe>();
    }

    private async Task<T> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Api.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<T>(sql, parameters);
    }

    [Test]
    public async Task An_event_written_with_a_change_is_delivered_once()
    {
        var risk = await Api.ClientFor(Roles.Risk).CreateRiskAsync();

        var first = await Api.DeliverOutboxAsync();
        var second = await Api.DeliverOutboxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(second, Is.EqualTo(0));
            Assert.That(Probe.Received.Select(received => received.RiskId.ToString()), Is.EqualTo(new[] { risk.Id() }));
        });
    }

    [Test]
    public async Task A_failed_delivery_is_recorded_backed_off_and_retried_until_it_succeeds()
    {
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        Probe.Fail = true;

        var whileFailing = await Api.DeliverOutboxAsync();
        var attempts = await QueryAsync<long>("SELECT attempts FROM risk.outbox_messages");
        var error = await QueryAsync<string>("SELECT last_error FROM risk.outbox_messages");
        var backedOffUntil = await QueryAsync<DateTime>("SELECT locked_until FROM risk.outbox_messages");
        Probe.Fail = false;
        var beforeBackOffEnds = await Api.DeliverOutboxAsync();
        await Api.ExecuteSqlAsync("UPDATE risk.outbox_messages SET locked_until = NULL");
        var afterBackOff = await Api.DeliverOutboxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(whileFailing, Is.EqualTo(0));
            Assert.That(attempts, Is.EqualTo(1));
            Assert.That(error, Does.Contain("Probe told to fail."));
            Assert.That(backedOffUntil, Is.GreaterThan(DateTime.UtcNow));
            Assert.That(beforeBackOffEnds, Is.EqualTo(0), "a failed message waits for its back-off");
            Assert.That(afterBackOff, Is.EqualTo(1));
            Assert.That(Probe.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Two_relays_running_at_once_deliver_each_message_exactly_once()
    {
        var client = Api.ClientFor(Roles.Risk);
        for (var i = 0; i < 30; i++)
        {
            await client.CreateRiskAsync();
        }

        var relays = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<OutboxRelay>(Api.Services)).ToList();
        var delivered = await Task.WhenAll(relays.Select(relay => relay.ProcessPendingAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(delivered.Sum(), Is.EqualTo(30));
            Assert.That(Probe.Received.Select(received => received.EventId).Distinct().Count(), Is.EqualTo(30));
            Assert.That(Probe.Received, Has.Count.EqualTo(30));
        });
    }

    [Test]
    public async Task A_redelivered_event_reaches_an_inbox_consumer_only_once()
    {
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        await Api.DeliverOutboxAsync();

        await Api.ExecuteSqlAsync("UPDATE risk.outbox_messages SET processed_at = NULL");
        var redelivered = await Api.DeliverOutboxAsync();
        var inboxRows = await QueryAsync<long>("SELECT COUNT(*) FROM risk.inbox_messages");

        Assert.Multiple(() =>
        {
            Assert.That(redelivered, Is.EqualTo(1));
            Assert.That(Probe.Received, Has.Count.EqualTo(2), "a plain consumer sees both deliveries");
            Assert.That(Probe.HandledOnce, Has.Count.EqualTo(1), "the inbox consumer reacts once");
            Assert.That(inboxRows, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_row_written_under_the_old_type_name_is_renamed_by_its_migration_and_still_delivered()
    {
        await Api.ClientFor(Roles.Risk).CreateRiskAsync();
        await Api.ExecuteSqlAsync("UPDATE risk.outbox_messages SET type = 'OpsPlan.Modules.Risk.Contracts.Events.RiskRaised'");

        await Api.RunMigrationAsync("risk", "0005_stable_event_names.sql");

        Assert.Multiple(async () =>
        {
            Assert.That(await QueryAsync<string>("SELECT type FROM risk.outbox_messages"), Is.EqualTo("risk.risk-raised"));
            Assert.That(await Api.DeliverOutboxAsync(), Is.EqualTo(1));
            Assert.That(Probe.Received, Has.Count.EqualTo(1));
        });
    }
}
