using OpsPlan.Modules.Integrations.Contracts;
using OpsPlan.Modules.Integrations.Contracts.Webhooks;

namespace OpsPlan.Api.Endpoints.Integrations;

/// <summary>/api/v1/admin/webhooks: subscriptions, their deliveries and attempts, for admins only.</summary>
internal static class WebhooksEndpoints
{
    private const string Route = "/api/v1/admin/webhooks";

    public static void MapWebhooks(this RouteGroupBuilder module)
    {
        var webhooks = module.MapGroup("/admin/webhooks").WithTag(IntegrationsApi.Webhooks).RequireAuthorization(Policies.Admin);

        webhooks.MapGet("/event-types", EventTypesAsync).Computes<IReadOnlyList<EventTypeDto>>()
            .Named("ListWebhookEventTypes", "Every event type a subscription can name", "Each integration event the modules publish, with its module.");

        webhooks.MapPost("", CreateAsync).Creates<CreatedWebhookSubscriptionDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("CreateWebhookSubscription", "Subscribe a URL to events",
                "https only (http where Webhooks:AllowHttp, as in Development); loopback, private and link-local addresses are refused, here and again whenever "
                + "a delivery connects (Webhooks:AllowPrivateNetworks lifts this). The signing secret is in this response only; a repeated Idempotency-Key "
                + "cannot show it again (409 idempotency.secret-not-replayed). Deliveries follow the Standard Webhooks specification: see docs/api.md.");

        webhooks.MapGet("", ListAsync).Lists<WebhookSubscriptionDto>().Named("ListWebhookSubscriptions", "List webhook subscriptions (never their secrets)");

        webhooks.MapGet("/{id:guid}", GetAsync).ReadsOne<WebhookSubscriptionDto>().Named("GetWebhookSubscription", "Get a webhook subscription");

        webhooks.MapPut("/{id:guid}", ReplaceAsync).Changes<WebhookSubscriptionDto>()
            .Named("ReplaceWebhookSubscription", "Change a subscription's URL, event types, description or whether it is enabled",
                "Disabling stops deliveries at once (pending ones wait); enabling a subscription that disabled itself clears its failures and the reason.");

        webhooks.MapDelete("/{id:guid}", DeleteAsync).DeletesVersioned()
            .Named("DeleteWebhookSubscription", "Delete a subscription", "With its deliveries and attempts; nothing more is sent to it.");

        webhooks.MapPost("/{id:guid}/secret-rotations", RotateAsync).Changes<RotatedWebhookSecretDto>()
            .Named("RotateWebhookSecret", "Give a subscription a new signing secret",
                "The new secret is in this response only. The old one keeps signing, beside the new, for Webhooks:SecretGracePeriod (24 h by default), "
                + "so the receiver can switch without missing a delivery.");

        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).Lists<WebhookDeliveryDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListWebhookDeliveries", "A subscription's deliveries, newest first", "Filter by status (pending, succeeded, failed; several allowed).");

        webhooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", ReplayAsync).ReadsOne<WebhookDeliveryDto>().ProducesProblem(StatusCodes.Status409Conflict)
            .Named("ReplayWebhookDelivery", "Send a delivery again",
                "A succeeded or failed delivery goes out again from its first round, with the same webhook-id; a pending one is 409 integrations.delivery-pending.");

        webhooks.MapGet("/{id:guid}/attempts", AttemptsAsync).Lists<WebhookAttemptDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListWebhookAttempts", "Every attempt made for a subscription, newest first",
                "Each HTTP attempt with its response status (none when no response came), duration and error; one delivery's with deliveryId.");
    }

    private static async Task<IResult> EventTypesAsync(IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListEventTypesQuery(), cancellationToken));

    private static async Task<IResult> CreateAsync(WebhookSubscriptionRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        SecretResponses.DoNotCompress(context);
        var created = await dispatcher.SendAsync(new CreateWebhookSubscriptionCommand(request), cancellationToken);
        return ResourceResults.Created(context, $"{Route}/{created.Id}", created);
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListWebhookSubscriptionsQuery(limit, cursor, QueryErrors.Utc(updatedSince), sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetWebhookSubscriptionQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, WebhookSubscriptionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateWebhookSubscriptionCommand(id, IfMatch.ExpectedVersion(context.Request), request), cancellationToken));

    private static async Task<IResult> DeleteAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        await dispatcher.SendAsync(new DeleteWebhookSubscriptionCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RotateAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        SecretResponses.DoNotCompress(context);
        return ResourceResults.Ok(context, await dispatcher.SendAsync(new RotateWebhookSecretCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));
    }

    private static async Task<IResult> DeliveriesAsync(Guid id, IDispatcher dispatcher, [EnumValues<WebhookDeliveryStatus>] [FromQuery] string[]? status, int? limit, string? cursor,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListWebhookDeliveriesQuery(id, errors.AnyOf<WebhookDeliveryStatus>(status, nameof(status)), limit, cursor);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> ReplayAsync(Guid id, Guid deliveryId, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.SendAsync(new ReplayWebhookDeliveryCommand(id, deliveryId), cancellationToken));

    private static async Task<IResult> AttemptsAsync(Guid id, IDispatcher dispatcher, Guid? deliveryId, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListWebhookAttemptsQuery(id, deliveryId, limit, cursor), cancellationToken));
}
