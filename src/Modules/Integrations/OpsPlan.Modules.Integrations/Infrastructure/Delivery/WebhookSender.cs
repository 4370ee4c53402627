using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Integrations.Application;
using OpsPlan.Modules.Integrations.Application.Delivery;
using OpsPlan.Modules.Integrations.Domain.Webhooks;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace OpsPlan.Modules.Integrations.Infrastructure.Delivery;

/// <summary>
/// Posts webhooks as the Standard Webhooks specification describes (<c>webhook-id</c>, <c>webhook-timestamp</c>,
/// <c>webhook-signature</c>). Each endpoint has its own pipeline: retries with exponential back-off and jitter around a
/// circuit breaker around a per-attempt timeout, so one slow or failing receiver neither holds up the others nor is
/// hammered. Connections go only to public addresses, checked when each connection is made, and redirects are not
/// followed: a subscription cannot reach the server's own network.
/// </summary>
internal sealed class WebhookSender : IWebhookSender, IDisposable
{
    private const int MaxErrorLength = 500;

    private readonly HttpClient _client;
    private readonly ResiliencePipelineRegistry<Guid> _pipelines = new();
    private readonly WebhooksOptions _options;
    private readonly IClock _clock;

    public WebhookSender(IOptions<WebhooksOptions> options, IClock clock)
    {
        _options = options.Value;
        _clock = clock;
        var allowPrivate = _options.AllowPrivateNetworks;
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, token) => ConnectAsync(context.DnsEndPoint, allowPrivate, token),
        })
        {
            // The pipeline's timeout governs each attempt.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("OpsPlan-Webhooks/1.0");
    }

    public void Dispose()
    {
        _client.Dispose();
        _pipelines.Dispose();
    }

    public async Task<RoundResult> SendAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        var attempts = new List<AttemptRecord>();
        var pipeline = _pipelines.GetOrAddPipeline<HttpResponseMessage>(message.SubscriptionId, builder => Configure(builder));
        try
        {
            using var response = await pipeline.ExecuteAsync(async token => await AttemptAsync(message, attempts, token), cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Every attempt and its error is in the list already; an open circuit (BrokenCircuitException) made none.
        }

        return new RoundResult(attempts);
    }

    private static bool Retryable(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = allowPrivate ? addresses : addresses.Where(PublicAddresses.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"{endpoint.Host} resolves to no public address: webhooks may not reach it.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Shorten(string text) => text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        if (_options.RetriesPerRound > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = arguments => ValueTask.FromResult(Retryable(arguments.Outcome)),
                MaxRetryAttempts = _options.RetriesPerRound,
                BackoffType = DelayBackoffType.Exponential,
                Delay = _options.RetryDelay,
                UseJitter = true,
                OnRetry = arguments =>
                {
                    arguments.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = arguments => ValueTask.FromResult(Retryable(arguments.Outcome)),
                FailureRatio = _options.BreakFailureRatio,
                MinimumThroughput = _options.BreakMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = _options.BreakDuration,
            })
            .AddTimeout(_options.AttemptTimeout);
    }

    private async Task<HttpResponseMessage> AttemptAsync(WebhookMessage message, List<AttemptRecord> attempts, CancellationToken cancellationToken)
    {
        var at = _clock.UtcNow;
        var started = Stopwatch.GetTimestamp();
        int Elapsed() => (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        try
        {
            var response = await _client.SendAsync(Request(message, at), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var succeeded = response.IsSuccessStatusCode;
            attempts.Add(new AttemptRecord(at, (int)response.StatusCode, Elapsed(), succeeded ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd()));
            return response;
        }
        catch (OperationCanceledException)
        {
            // The pipeline's timeout cancelled the attempt (or the host is stopping, and the round is not recorded at all).
            attempts.Add(new AttemptRecord(at, null, Elapsed(), $"No response within {_options.AttemptTimeout.TotalSeconds:0.###} s."));
            throw;
        }
        catch (Exception exception)
        {
            attempts.Add(new AttemptRecord(at, null, Elapsed(), Shorten(exception.Message)));
            throw;
        }
    }

    private static HttpRequestMessage Request(WebhookMessage message, DateTime at)
    {
        var id = message.EventId.ToString("D");
        var timestamp = new DateTimeOffset(at).ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, message.Url) { Content = new StringContent(message.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSecret.Header(message.Secrets, id, timestamp, message.Body));
        return request;
    }
}
