using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.CrashSafety;

/// <summary>
/// Kills the API process in the middle of a stream of writes and restarts it on the same SQLite files: every write
/// the API acknowledged is there, no record is half-written, and every event written is delivered after the restart.
/// </summary>
[Category("CrashSafety")]
[NonParallelizable]
public sealed class CrashSafetyTests
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "opsplan-crash", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveData()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Test]
    public async Task Acknowledged_writes_survive_a_kill_and_their_events_are_delivered_after_the_restart()
    {
        var acknowledged = new ConcurrentBag<string>();
        await using (var api = await ApiProcess.StartAsync(_data, relayEnabled: false))
        {
            using var client = api.Client();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(_ => WriteUntilStoppedAsync(client, acknowledged, stop.Token)).ToList();
            while (acknowledged.Count < 150)
            {
                await Task.Delay(10);
            }

            api.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using var restarted = await ApiProcess.StartAsync(_data, relayEnabled: true);
        using var reader = restarted.Client();
        foreach (var id in acknowledged)
        {
            Assert.That((await reader.GetAsync($"{RiskRequests.Risks}/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"acknowledged risk {id} was lost");
        }

        var (risks, firstAssessments, events, audits) = await CountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(risks, Is.GreaterThanOrEqualTo(acknowledged.Count));
            Assert.That(firstAssessments, Is.EqualTo(risks), "every risk has its first assessment: no half-written record");
            Assert.That(events, Is.EqualTo(risks), "every risk has its RiskRaised event");
            Assert.That(audits, Is.EqualTo(risks), "every risk has its audit entry");
        });
        Assert.That(await WaitForDeliveryAsync(), Is.Zero, "events left undelivered after the restart");
    }

    private static async Task WriteUntilStoppedAsync(HttpClient client, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var response = await client.PostAsJsonAsync(RiskRequests.Risks, RiskRequests.NewRisk(), CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None))!["id"]!.GetValue<string>());
                }
            }
            catch (HttpRequestException)
            {
                return; // The process is gone: this write was never acknowledged.
            }
        }
    }

    private async Task<(long Risks, long FirstAssessments, long Events, long Audits)> CountAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "opsplan.risk.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        async Task<long> Count(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }

        return (await Count("SELECT COUNT(*) FROM risks"),
            await Count("SELECT COUNT(*) FROM risk_assessments WHERE previous_likelihood IS NULL"),
            await Count("SELECT COUNT(*) FROM outbox_messages"),
            await Count("SELECT COUNT(*) FROM audit_entries"));
    }

    /// <summary>Polls the outbox (bounded to a minute) until the restarted relay has delivered everything.</summary>
    private async Task<long> WaitForDeliveryAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        long pending;
        do
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "opsplan.risk.db")};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM outbox_messages WHERE processed_at IS NULL";
            pending = (long)(await command.ExecuteScalarAsync())!;
            if (pending > 0)
            {
                await Task.Delay(50);
            }
        }
        while (pending > 0 && DateTime.UtcNow < deadline);

        return pending;
    }
}
