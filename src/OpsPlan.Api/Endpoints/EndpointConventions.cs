using OpsPlan.Api.OpenApi;

namespace OpsPlan.Api.Endpoints;

/// <summary>The problem responses each kind of endpoint can return, documented once.</summary>
internal static class EndpointConventions
{
    public static RouteHandlerBuilder ReadsOne(this RouteHandlerBuilder builder) =>
        builder.Problems(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder Lists(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem().Problems();

    /// <summary>A POST that creates: 400, 409 (a business rule), 422 (Idempotency-Key reused with another body).</summary>
    public static RouteHandlerBuilder Creates(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem().Problems(StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

    /// <summary>A change to an existing versioned record: 400, 404, 409, 412 (stale If-Match).</summary>
    public static RouteHandlerBuilder Changes(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(UsesIfMatch.Instance);

    private static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses.Concat([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]))
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
