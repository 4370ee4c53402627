using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Releases;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle/products/{productId}/releases.</summary>
internal static class ReleasesEndpoints
{
    public static void MapReleases(this RouteGroupBuilder module)
    {
        var releases = module.MapGroup("/products/{productId:guid}/releases").WithTag(LifecycleApi.Releases);

        releases.MapPost("", CreateAsync).RequireAuthorization(LifecycleApi.Write).Creates<ReleaseDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateRelease", "Record a release",
                "version is a semantic version, unique per product (400 when taken); releasedOn defaults to today. The requirements it delivers (accepted or in progress) "
                + "and the feedback it fixes (not done or declined) must be the product's, and move to done with it.");

        releases.MapGet("", ListAsync).Lists<ReleaseDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListReleases", "List a product's releases", "Filter by type (several allowed); sort=-releasedOn for the release history.");

        releases.MapGet("/{id:guid}", GetAsync).ReadsOne<ReleaseDto>().Named("GetRelease", "Get a release");
    }

    private static async Task<IResult> CreateAsync(Guid productId, ReleaseRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken)
    {
        var release = await dispatcher.SendAsync(new CreateReleaseCommand(productId, request), cancellationToken);
        return ResourceResults.Created(context, $"{LifecycleApi.Prefix}/products/{productId}/releases/{release.Id}", release);
    }

    private static async Task<IResult> ListAsync(Guid productId, IDispatcher dispatcher, [EnumValues<ReleaseType>] [FromQuery] string[]? type, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListReleasesQuery(productId, errors.AnyOf<ReleaseType>(type, nameof(type)), limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid productId, Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetReleaseQuery(productId, id), cancellationToken));
}
