using OpsPlan.BuildingBlocks.Application.OutboxFailures;
using OpsPlan.BuildingBlocks.Application.OutboxFailures.GetOutboxFailure;
using OpsPlan.BuildingBlocks.Application.OutboxFailures.ListOutboxFailures;
using OpsPlan.BuildingBlocks.Application.OutboxFailures.RetryOutboxFailure;

namespace OpsPlan.Api.Endpoints.Admin;

/// <summary>/api/v1/admin/outbox/failures: integration events a consumer kept refusing, parked until an admin retries them.</summary>
internal static class OutboxFailuresEndpoints
{
    public static void MapOutboxFailures(this IEndpointRouteBuilder app)
    {
        var failures = app.MapGroup("/api/v1/admin/outbox/failures").RequireAuthorization(Policies.Admin).WithTag(PlatformTags.Outbox);

        failures.MapGet("", ListAsync).Lists<OutboxFailureDto>()
            .Named("ListOutboxFailures", "Parked integration events",
                "Events whose consumer refused them (a business error such as 404, 409 or 412) Outbox:ParkAfterAttempts times, "
                + "with the last error. Faults such as a busy database are retried without limit and never appear here. Newest first.");

        failures.MapGet("/{id:guid}", GetAsync).ReadsOne<OutboxFailureDto>()
            .Named("GetOutboxFailure", "One parked integration event");

        failures.MapPost("/{id:guid}/retry", RetryAsync).ReadsOne<OutboxFailureDto>()
            .Named("RetryOutboxFailure", "Send a parked event back to the relay",
                "Once the cause is fixed: the event is delivered again on the relay's next round, with a fresh count of attempts. "
                + "Its consumers' inboxes still make the delivery idempotent. Recorded in the publishing module's audit trail.");
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, string? module, string? type, int? limit, string? cursor, DateTimeOffset? updatedSince,
        string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListOutboxFailuresQuery(module, type, limit, cursor, QueryErrors.Utc(updatedSince), Sort: sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetOutboxFailureQuery(id), cancellationToken));

    private static async Task<IResult> RetryAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var failure = await dispatcher.QueryAsync(new GetOutboxFailureQuery(id), cancellationToken);
        return TypedResults.Ok(await dispatcher.SendAsync(new RetryOutboxFailureCommand(failure.Module, id), cancellationToken));
    }
}
