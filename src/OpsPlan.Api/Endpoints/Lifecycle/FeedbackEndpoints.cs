using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle/products/{productId}/feedback, and the import at /api/v1/lifecycle/feedback/batch.</summary>
internal static class FeedbackEndpoints
{
    public static void MapFeedback(this RouteGroupBuilder module)
    {
        module.MapPost("/feedback/batch", SyncAsync).WithTag(LifecycleApi.Feedback).RequireAuthorization(LifecycleApi.Sync)
            .Syncs<FeedbackBatchRequest>()
            .Named("SyncFeedback", "Import up to 1,000 feedback items by externalId",
                "One result per item, in order: created, updated (text, rating, category, source or time changed), unchanged or failed (an unknown product, a rating outside 1-5…). "
                + "The status stays where the team moved it.");

        var feedback = module.MapGroup("/products/{productId:guid}/feedback").WithTag(LifecycleApi.Feedback);

        feedback.MapPost("", CreateAsync).RequireAuthorization(LifecycleApi.Write).Creates<FeedbackDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateFeedback", "Record one feedback item", "It starts new; receivedAt defaults to now; a rating, when given, is 1-5.");

        feedback.MapGet("", ListAsync).Lists<FeedbackDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListFeedback", "List a product's feedback", "Filter by status, category, source (several allowed) or externalId; sort by receivedAt.");

        feedback.MapGet("/summary", SummaryAsync).Computes<FeedbackSummaryDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("GetFeedbackSummary", "A product's feedback summarised",
                "Received from..to inclusive (default: the twelve months to today, at most 1,098 days): average rating per month, counts by category and status.");

        feedback.MapGet("/{id:guid}", GetAsync).ReadsOne<FeedbackDto>().Named("GetFeedback", "Get a feedback item");

        feedback.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(LifecycleApi.Write).Changes<FeedbackDto>()
            .Named("TransitionFeedbackStatus", "Move a feedback item along its workflow",
                "new → triaged | declined; triaged → planned | done | declined; planned → done | declined (a release also moves it to done). Otherwise 409 lifecycle.invalid-transition.");
    }

    private static async Task<IResult> SyncAsync(JsonElement body, IDispatcher dispatcher, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var items = BatchBody.Read<FeedbackSyncItem>(body, json.Value.SerializerOptions, item => BatchBody.StringProperty(item, "externalId"));
        return TypedResults.Ok(await dispatcher.SendAsync(new SyncFeedbackCommand(items), cancellationToken));
    }

    private static async Task<IResult> CreateAsync(Guid productId, FeedbackRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var item = await dispatcher.SendAsync(new CreateFeedbackCommand(productId, request), cancellationToken);
        return ResourceResults.Created(context, $"{LifecycleApi.Prefix}/products/{productId}/feedback/{item.Id}", item);
    }

    private static async Task<IResult> ListAsync(Guid productId, IDispatcher dispatcher, [EnumValues<FeedbackStatus>] [FromQuery] string[]? status,
        [EnumValues<FeedbackCategory>] [FromQuery] string[]? category, [EnumValues<FeedbackSource>] [FromQuery] string[]? source, string? externalId, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListFeedbackQuery(productId, errors.AnyOf<FeedbackStatus>(status, nameof(status)), errors.AnyOf<FeedbackCategory>(category, nameof(category)),
            errors.AnyOf<FeedbackSource>(source, nameof(source)), externalId, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> SummaryAsync(Guid productId, IDispatcher dispatcher, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetFeedbackSummaryQuery(productId, from, to), cancellationToken));

    private static async Task<IResult> GetAsync(Guid productId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetFeedbackQuery(productId, id), cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid productId, Guid id, FeedbackStatusTransitionRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionFeedbackStatusCommand(productId, id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));
}
