using System.Text.Json;
using OpsPlan.Modules.Integrations.Contracts;
using OpsPlan.Modules.Integrations.Contracts.Feed;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Api.Endpoints.Integrations;

/// <summary>Swagger UI's example bodies for the integrations module.</summary>
internal static class IntegrationsExamples
{
    private static readonly Guid Subscription = Guid.Parse("019ad000-0000-7000-8000-000000000401");
    private static readonly Guid Delivery = Guid.Parse("019ad000-0000-7000-8000-000000000402");
    private static readonly Guid Event = Guid.Parse("019ad000-0000-7000-8000-000000000403");
    private static readonly DateTime At = new(2026, 10, 5, 8, 30, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples)
    {
        var subscription = new WebhookSubscriptionDto
        {
            Id = Subscription, Url = "https://hooks.example.com/opsplan", EventTypes = ["risk.risk-raised", "overseas.market-stage-changed"],
            Description = "CRM: risks and market launches", Enabled = true, ConsecutiveFailures = 0, CreatedAt = At, UpdatedAt = At, Version = 1,
        };
        var delivery = new WebhookDeliveryDto
        {
            Id = Delivery, SubscriptionId = Subscription, EventId = Event, EventType = "risk.risk-raised", Status = WebhookDeliveryStatus.Succeeded, Rounds = 1,
            LastStatusCode = 204, DeliveredAt = At, CreatedAt = At, UpdatedAt = At,
        };
        using var data = JsonDocument.Parse("""{"riskId":"019ad000-0000-7000-8000-000000000404","title":"Critical LGPD gap in BR","category":"compliance","level":"critical","source":"overseas","sourceReference":"compliance-item:019ad000-0000-7000-8000-000000000304"}""");
        examples
            .Add(new WebhookSubscriptionRequest("https://hooks.example.com/opsplan", ["risk.risk-raised", "overseas.market-stage-changed"], "CRM: risks and market launches", true))
            .Add(subscription)
            .Add(new CreatedWebhookSubscriptionDto(subscription, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
            .Add(new RotatedWebhookSecretDto(subscription with { PreviousSecretValidUntil = At.AddHours(24), Version = 2 }, "whsec_dGhpcyBpcyBhIG5ldyBzZWNyZXQsIHNob3duIG9uY2U="))
            .Add(delivery)
            .Add(new WebhookAttemptDto
            {
                Id = Guid.Parse("019ad000-0000-7000-8000-000000000405"), DeliveryId = Delivery, EventId = Event, AttemptedAt = At, StatusCode = 503, DurationMs = 118,
                Error = "HTTP 503 Service Unavailable", Succeeded = false,
            })
            .Add<IReadOnlyList<EventTypeDto>>([new EventTypeDto("overseas.market-stage-changed", "overseas"), new EventTypeDto("risk.risk-raised", "risk")])
            .Add(new EventFeedPageDto
            {
                Items =
                [
                    new PublishedEventDto
                    {
                        Cursor = "1842", Id = Event, Type = "risk.risk-raised", Module = "risk", OccurredAt = At, PublishedAt = At.AddSeconds(1), Data = data.RootElement.Clone(),
                    },
                ],
                NextCursor = "1842",
                HasMore = false,
            });
    }
}
