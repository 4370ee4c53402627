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
/// the API acknowledged is there, no record is half-written, every event written is delivered after the restart, and
/// retrying each request with its Idempotency-Key gives its original result: never a second record for one key.
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
    public async Task Acknowledged_writes_survive_a_kill_their_events_are_delivered_and_retried_keys_never_write_twice()
    {
        var sent = new ConcurrentBag<string>();
        var acknowledged = new ConcurrentDictionary<string, string>();
        await using (var api = await ApiProcess.StartAsync(_data, relayEnabled: false))
        {
            using var client = api.Client();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(_ => WriteUntilStoppedAsync(client, sent, acknowledged, stop.Token)).ToList();
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
        foreach (var id in acknowledged.Values)
        {
            Assert.That((await reader.GetAsync($"{RiskRequests.Risks}/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), $"acknowledged risk {id} was lost");
        }

        foreach (var key in sent)
        {
            var id = await RetryAsync(reader, key);
            if (acknowledged.TryGetValue(key, out var original))
            {
                Assert.That(id, Is.EqualTo(original), $"the retry of acknowledged key {key} did not replay its risk");
            }
        }

        var (risks, firstAssessments, events, audits) = await CountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(risks, Is.EqualTo(sent.Count), "one risk per Idempotency-Key, however the kill cut its request");
            Assert.That(firstAssessments, Is.EqualTo(risks), "every risk has its first assessment: no half-written record");
            Assert.That(events, Is.EqualTo(risks), "every risk has its RiskRaised event");
            Assert.That(audits, Is.EqualTo(risks), "every risk has its audit entry");
        });
        Assert.That(await WaitForDeliveryAsync(), Is.Zero, "events left undelivered after the restart");
    }

    private static async Task WriteUntilStoppedAsync(HttpClient client, ConcurrentBag<string> sent, ConcurrentDictionary<string, string> acknowledged, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var key = Guid.NewGuid().ToString("N");
            sent.Add(key);
            try
            {
                var response = await client.SendAsync(KeyedCreate(key), CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged[key] = await IdOfAsync(response);
                }
            }
            catch (HttpRequestException)
            {
                return; // The process is gone: this write was never acknowledged.
            }
        }
    }

    /// <summary>Retries a keyed create as a client would: polls while the dead request's reservation stands (409), bounded to 30 s.</summary>
    private static async Task<string> RetryAsync(HttpClient client, string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.SendAsync(KeyedCreate(key));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return await IdOfAsync(response);
            }

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), $"retry of key {key}: {await response.Content.ReadAsStringAsync()}");
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"key {key} stayed in progress");
            await Task.Delay(100);
        }
    }

    private static HttpRequestMessage KeyedCreate(string key) =>
        new(HttpMethod.Post, RiskRequests.Risks) { Content = JsonContent.Create(RiskRequests.NewRisk()), Headers = { { "Idempotency-Key", key } } };

    private static async Task<string> IdOfAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None))!["id"]!.GetValue<string>();

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
