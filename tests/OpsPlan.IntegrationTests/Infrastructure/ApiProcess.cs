using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using OpsPlan.Api.Security;
using OpsPlan.BuildingBlocks.Application.Security;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>The API as a real operating-system process on a given data folder, so a test can kill it outright.</summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ApiProcess> StartAsync(string dataDirectory, bool relayEnabled)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OpsPlan.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Auth__SigningKey"] = TestApi.SigningKey,
                ["Database__SqliteDirectory"] = dataDirectory,
                ["Outbox__RelayEnabled"] = relayEnabled ? "true" : "false",
                ["Outbox__PollInterval"] = "00:00:00.100",
                ["Protection__RequireHttps"] = "false",
                ["Protection__RateLimitPermits"] = "1000000",
                ["Logging__LogLevel__Default"] = "Error",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await api.WaitUntilReadyAsync();
        return api;
    }

    public HttpClient Client() => new() { BaseAddress = Address, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Token()) } };

    public static string Token() =>
        new TokenIssuer(new AuthOptions { SigningKey = TestApi.SigningKey }).Issue("browser@example.com", [Roles.Risk], TimeSpan.FromMinutes(10));

    /// <summary>SIGKILL: no shutdown hooks, no flushing — as a power cut looks to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("The API process did not become ready.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
