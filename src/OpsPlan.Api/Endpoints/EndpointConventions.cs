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

    /// <summary>A POST that creates a <typeparamref name="T"/> (201).</summary>
    public static RouteHandlerBuilder Creates<T>(this RouteHandlerBuilder builder) => builder.Creates().Produces<T>(StatusCodes.Status201Created);

    /// <summary>A batch upsert of <typeparamref name="TBody"/>'s items: one result per item, a body up to the batch limit.</summary>
    public static RouteHandlerBuilder Syncs<TBody>(this RouteHandlerBuilder builder)
        where TBody : notnull =>
        builder.Creates().Accepts<TBody>("application/json").Produces<OpsPlan.BuildingBlocks.Application.Batches.BatchResultDto>().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(Protection.SyncsBatch.Instance);

    /// <summary>A keyset-paged list of <typeparamref name="TItem"/>.</summary>
    public static RouteHandlerBuilder Lists<TItem>(this RouteHandlerBuilder builder) => builder.Lists().Produces<Page<TItem>>();

    /// <summary>A computed view: validated query parameters, one <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder Computes<T>(this RouteHandlerBuilder builder) => builder.Lists().Produces<T>();

    public static RouteHandlerBuilder ReadsOne<T>(this RouteHandlerBuilder builder) => builder.ReadsOne().Produces<T>();

    public static RouteHandlerBuilder Changes<T>(this RouteHandlerBuilder builder) => builder.Changes().Produces<T>();

    /// <summary>A DELETE: 204, or 404 / 409 (a rule keeps the record).</summary>
    public static RouteHandlerBuilder Deletes(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status204NoContent).Problems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    /// <summary>A DELETE of a versioned record: also 412 for a stale If-Match.</summary>
    public static RouteHandlerBuilder DeletesVersioned(this RouteHandlerBuilder builder) =>
        builder.Deletes().ProducesProblem(StatusCodes.Status412PreconditionFailed).WithMetadata(UsesIfMatch.Instance);

    /// <summary>The operation's id in the OpenAPI document, its summary and, where it helps, a description.</summary>
    public static RouteHandlerBuilder Named(this RouteHandlerBuilder builder, string name, string summary, string? description = null)
    {
        builder.WithName(name).WithSummary(summary);
        return description is null ? builder : builder.WithDescription(description);
    }

    private static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses.Concat([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]))
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
