using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.IntegrationTests.Risk;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>
/// The embedded installation's files: a lost or damaged one turns readiness red while the API runs and stops the
/// next start, instead of being replaced by an empty database; committed writes reach the files after the request,
/// from the background checkpoint. (SQLite only: SQL Server keeps no files of ours.)
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[Parallelizable(ParallelScope.All)]
public sealed class DatabaseFilesTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsplan-tests", "files-" + Guid.NewGuid().ToString("N"));

    private string RiskFile => Path.Combine(_directory, "opsplan.risk.db");

    private TestApi Start(bool createMissing = false, int walPagesBeforeTruncate = 65_536) => new(DatabaseProvider.Sqlite, new Dictionary<string, string?>
    {
        ["Database:SqliteDirectory"] = _directory,
        ["Database:CreateMissingDatabases"] = createMissing ? "true" : "false",
        ["Database:WalPagesBeforeTruncate"] = walPagesBeforeTruncate.ToString(CultureInfo.InvariantCulture),
    });

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> ReadinessAsync(TestApi api) => (await api.AnonymousClient().GetAsync("/health/ready")).StatusCode;

    private async Task WithARiskAsync()
    {
        await using var api = Start();
        await api.ClientFor(Roles.Risk).CreateRiskAsync();
        Assert.That(await ReadinessAsync(api), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_deleted_module_file_turns_readiness_red_and_stops_the_next_start()
    {
        await using (var api = Start())
        {
            await api.ClientFor(Roles.Risk).CreateRiskAsync();
            Assert.That(await ReadinessAsync(api), Is.EqualTo(HttpStatusCode.OK));

            File.Delete(RiskFile);

            var ready = await api.AnonymousClient().GetAsync("/health/ready");
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await ready.Content.ReadAsStringAsync(), Does.StartWith("Unhealthy: The risk database: "),
                "missing, or recreated empty by a new connection's attach: either way not the data it had");
        }

        SqliteConnection.ClearAllPools();
        await using var restarted = Start();
        var refusal = Assert.Throws<InvalidOperationException>(() => restarted.CreateClient())!;
        Assert.That(refusal.Message, Does.Contain("risk").And.Contain("missing").And.Contain("Database:CreateMissingDatabases"));
        Assert.That(File.Exists(RiskFile), Is.False, "nothing was created in its place");
    }

    [Test]
    public async Task A_missing_file_is_started_empty_only_when_configured()
    {
        await WithARiskAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(RiskFile);

        await using var api = Start(createMissing: true);

        Assert.That(await ReadinessAsync(api), Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await api.ClientFor(Roles.Risk).GetJsonAsync(RiskRequests.Risks))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_truncated_module_file_stops_the_start_and_turns_readiness_red()
    {
        await WithARiskAsync();
        SqliteConnection.ClearAllPools();
        await using (var stream = new FileStream(RiskFile, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        await using var restarted = Start();
        var refusal = Assert.Throws<InvalidOperationException>(() => restarted.CreateClient())!;
        Assert.That(refusal.Message, Does.Contain("risk").And.Contain("damaged"));

        var installation = new SqliteInstallation(_directory, ["platform", "risk"], "platform");
        Assert.That(installation.ReadinessProblem(new Dictionary<string, int> { ["platform"] = 2, ["risk"] = 1 }), Does.Contain("risk"));
    }

    [Test]
    public async Task A_module_the_installation_never_had_is_created_on_its_first_start()
    {
        await WithARiskAsync();
        SqliteConnection.ClearAllPools();
        // As if Risk were a module added after the installation's first start.
        File.Delete(RiskFile);
        await using (var platform = new SqliteConnection($"Data Source={Path.Combine(_directory, "opsplan.platform.db")}"))
        {
            await platform.ExecuteAsync("DELETE FROM schema_files WHERE schema_name = 'risk'");
        }

        SqliteConnection.ClearAllPools();
        await using var api = Start();

        Assert.That(await ReadinessAsync(api), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_committed_write_reaches_the_schema_file_without_waiting_for_a_thousand_log_pages()
    {
        await using var api = Start();
        var risk = await api.ClientFor(Roles.Risk).CreateRiskAsync();

        // One risk writes a few pages: SQLite's own checkpoint would have left them in the log until 1,000 had gathered.
        var inFile = await EventuallyAsync(async () => await CountInFileAsync("SELECT COUNT(*) FROM risks WHERE id = @Id", risk.Id()) == 1);

        Assert.That(inFile, Is.True, "The risk never reached opsplan.risk.db itself.");
    }

    [Test]
    public async Task A_write_a_reader_kept_from_the_file_reaches_it_once_the_reader_is_done()
    {
        await using var api = Start();
        var client = api.ClientFor(Roles.Risk);
        await client.CreateRiskAsync();
        JsonNode risk;
        await using (var reader = new SqliteConnection($"Data Source={RiskFile};Pooling=False"))
        {
            // A read transaction on the snapshot before the write: the checkpoint after the write cannot copy past it.
            await reader.OpenAsync();
            // Deferred: a plain BEGIN takes no write lock, it only holds the snapshot of its first read.
            await using var transaction = reader.BeginTransaction(deferred: true);
            await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM risks", transaction: transaction);
            risk = await client.CreateRiskAsync();
        }

        // No write follows: only the service's retry can copy it now.
        var inFile = await EventuallyAsync(async () => await CountInFileAsync("SELECT COUNT(*) FROM risks WHERE id = @Id", risk.Id()) == 1);

        Assert.That(inFile, Is.True, "The risk written under the reader never reached opsplan.risk.db itself.");
    }

    [Test]
    public async Task A_log_past_its_limit_starts_over_after_the_write()
    {
        await using var api = Start(walPagesBeforeTruncate: 0);
        await api.ClientFor(Roles.Risk).CreateRiskAsync();

        // Truncated, or deleted by SQLite when the last connection to the file closed (fully copied either way).
        var truncated = await EventuallyAsync(() => Task.FromResult(new FileInfo(RiskFile + "-wal") is not { Exists: true, Length: > 0 }));

        Assert.That(truncated, Is.True, "The risk schema's log was not truncated.");
        Assert.That(await api.ClientFor(Roles.Viewer).GetJsonAsync("/api/v1/risk/risks"), Is.Not.Null);
    }

    /// <summary>
    /// What the schema file itself holds, with the log ignored (<c>immutable=1</c> reads the file alone); 0 while the
    /// file does not hold even the table yet (the migrations' pages are in the log too).
    /// </summary>
    private async Task<long> CountInFileAsync(string sql, string id)
    {
        await using var connection = new SqliteConnection($"Data Source=file:{RiskFile}?immutable=1;Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@Id", id);
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException exception) when (exception.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return 0;
        }
    }

    /// <summary>Polls (bounded to 30 s) for what the background checkpoint does after the response.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
