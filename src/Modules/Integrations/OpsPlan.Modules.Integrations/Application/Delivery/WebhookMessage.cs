namespace OpsPlan.Modules.Integrations.Application.Delivery;

/// <summary>What one delivery sends: the body is fixed, the timestamp and signatures are made afresh for every attempt.</summary>
internal sealed record WebhookMessage(Guid DeliveryId, Guid SubscriptionId, Guid EventId, Uri Url, IReadOnlyList<string> Secrets, string Body);

/// <summary>One attempt as it went: when, the response status (none when no response came), how long, and what went wrong.</summary>
internal sealed record AttemptRecord(DateTime AttemptedAt, int? StatusCode, int DurationMs, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// A round's result: every attempt it made, and the last one's status and error. No attempts means the endpoint's
/// circuit was open and nothing was sent.
/// </summary>
internal sealed record RoundResult(IReadOnlyList<AttemptRecord> Attempts)
{
    public bool Delivered => Attempts.Count > 0 && Attempts[^1].Succeeded;

    public bool NothingSent => Attempts.Count == 0;
}

/// <summary>Sends a delivery's round: the first attempt and its quick retries, through the endpoint's circuit breaker.</summary>
internal interface IWebhookSender
{
    Task<RoundResult> SendAsync(WebhookMessage message, CancellationToken cancellationToken);
}
