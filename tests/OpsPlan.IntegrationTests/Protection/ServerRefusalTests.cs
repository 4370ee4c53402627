using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Protection;

/// <summary>
/// Requests the real server (Kestrel, not the test host) reads before any middleware: sent as raw bytes, since
/// HttpClient refuses to write most of them. Each is a problem body with a type, except where ASP.NET Core writes
/// the refusal itself with no hook to shape it (documented in docs/security.md). Also what only the real server
/// shows on the wire: a HEAD answered with a GET's headers and no body.
/// </summary>
[Category("RealServer")]
[NonParallelizable]
public sealed class ServerRefusalTests
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "opsplan-refusals", Guid.NewGuid().ToString("N"));
    private ApiProcess _api = null!;

    [OneTimeSetUp]
    public async Task StartServer() => _api = await ApiProcess.StartAsync(_data, relayEnabled: false);

    [OneTimeTearDown]
    public async Task StopServer()
    {
        await _api.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Test]
    public async Task A_header_value_that_is_not_utf8_or_ascii_is_a_400_problem_naming_the_header()
    {
        var response = await SendAsync("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Note: "u8.ToArray().Concat(new byte[] { 0xff, 0xfe, 0xe9 }).Concat("\r\n\r\n"u8.ToArray()).ToArray());

        var problem = ShouldBeProblem(response, 400, "invalid-header");
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EqualTo(new[] { "X-Note" }));
    }

    [Test]
    public async Task A_control_character_in_a_header_value_is_a_400_problem()
    {
        var response = await SendAsync(Encoding.ASCII.GetBytes("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Note: a\u0001b\r\n\r\n"));

        ShouldBeProblem(response, 400, "invalid-header");
    }

    [Test]
    public async Task Headers_over_32_KB_are_a_431_problem()
    {
        var response = await SendAsync(Encoding.ASCII.GetBytes($"GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 40_000)}\r\n\r\n"));

        var problem = ShouldBeProblem(response, 431, "headers-too-large");
        Assert.That(problem["type"]!.GetValue<string>(), Does.Contain("rfc6585"));
    }

    [Test]
    public async Task More_than_100_headers_are_a_431_problem()
    {
        var headers = string.Concat(Enumerable.Range(0, 120).Select(i => $"X-H{i}: {i}\r\n"));

        var response = await SendAsync(Encoding.ASCII.GetBytes($"GET /health/live HTTP/1.1\r\nHost: x\r\n{headers}\r\n"));

        ShouldBeProblem(response, 431, "headers-too-large");
    }

    [Test]
    public async Task An_address_over_8_KB_is_a_414_problem()
    {
        var response = await SendAsync(Encoding.ASCII.GetBytes($"GET /api/v1/risk/risks?a={new string('a', 3_000)}&b={new string('b', 3_000)}&c={new string('c', 3_000)} HTTP/1.1\r\nHost: x\r\n\r\n"));

        ShouldBeProblem(response, 414, "uri-too-long");
    }

    [Test]
    public async Task An_encoded_nul_in_the_path_is_refused_by_the_server_itself_with_a_bare_400()
    {
        var response = await SendAsync(Encoding.ASCII.GetBytes("GET /api/v1/risk/risks/%00 HTTP/1.1\r\nHost: x\r\n\r\n"));

        Assert.That(response, Does.StartWith("HTTP/1.1 400"), "Kestrel refuses it before any middleware; no hook shapes the body");
    }

    [Test]
    public async Task A_head_request_gets_the_headers_of_its_get_and_no_body()
    {
        var created = await (await _api.Client().PostJsonAsync(Risk.RiskRequests.Risks, Risk.RiskRequests.NewRisk())).ShouldHaveStatus(System.Net.HttpStatusCode.Created);
        var path = $"{Risk.RiskRequests.Risks}/{created["id"]!.GetValue<string>()}";

        using var client = new TcpClient();
        await client.ConnectAsync(_api.Address.Host, _api.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HEAD {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {ApiProcess.Token()}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();
        var get = await _api.Client().GetAsync(path);

        var headEnds = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(response, Does.StartWith("HTTP/1.1 200"));
            Assert.That(response, Does.Contain($"ETag: {get.Headers.ETag}"));
            Assert.That(response[(headEnds + 4)..], Is.Empty, "no body after the headers");
        });
    }

    private async Task<string> SendAsync(byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_api.Address.Host, _api.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var head = new StringBuilder();
        string? line;
        var length = 0;
        var chunked = false;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
        {
            head.Append(line).Append('\n');
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }

            chunked |= line.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        }

        head.Append('\n').Append(chunked ? await ReadChunkedAsync(reader) : await ReadAsync(reader, length));
        return head.ToString();
    }

    private static async Task<string> ReadAsync(StreamReader reader, int length)
    {
        var body = new char[length];
        var read = 0;
        while (read < length && await reader.ReadAsync(body.AsMemory(read)) is var count and > 0)
        {
            read += count;
        }

        return new string(body, 0, read);
    }

    private static async Task<string> ReadChunkedAsync(StreamReader reader)
    {
        var body = new StringBuilder();
        while (int.Parse((await reader.ReadLineAsync())!, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) is var size and > 0)
        {
            body.Append(await ReadAsync(reader, size));
            await reader.ReadLineAsync();
        }

        return body.ToString();
    }

    private static JsonObject ShouldBeProblem(string response, int status, string code)
    {
        Assert.That(response, Does.StartWith($"HTTP/1.1 {status}"));
        Assert.That(response, Does.Contain("Content-Type: application/problem+json"));
        Assert.That(response, Does.Contain("X-Content-Type-Options: nosniff"));
        var problem = JsonNode.Parse(response[(response.IndexOf("\n\n", StringComparison.Ordinal) + 2)..])!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo(status));
            Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo(code));
            Assert.That(problem["type"], Is.Not.Null);
        });
        return problem;
    }
}
