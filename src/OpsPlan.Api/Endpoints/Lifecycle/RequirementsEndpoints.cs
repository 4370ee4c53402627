using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>/api/v1/lifecycle/products/{productId}/requirements.</summary>
internal static class RequirementsEndpoints
{
    public static void MapRequirements(this RouteGroupBuilder module)
    {
        var requirements = module.MapGroup("/products/{productId:guid}/requirements").WithTag(LifecycleApi.Requirements);

        requirements.MapPost("", CreateAsync).RequireAuthorization(LifecycleApi.Write).Creates<RequirementDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("CreateRequirement", "Record a product's requirement",
                "It starts proposed. Linked feedbackIds belong to the same product; targetVersion is a semantic version (400 naming the field otherwise).");

        requirements.MapGet("", ListAsync).Lists<RequirementDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListRequirements", "List a product's requirements", "Filter by status, priority (several allowed) or targetVersion.");

        requirements.MapGet("/{id:guid}", GetAsync).ReadsOne<RequirementDto>().Named("GetRequirement", "Get a requirement");

        requirements.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(LifecycleApi.Write).Changes<RequirementDto>()
            .Named("ReplaceRequirement", "Change a requirement", "A done or rejected requirement no longer changes (409 lifecycle.requirement-closed).");

        requirements.MapPost("/{id:guid}/status-transitions", TransitionAsync).RequireAuthorization(LifecycleApi.Write).Changes<RequirementDto>()
            .Named("TransitionRequirementStatus", "Move a requirement along its workflow",
                "proposed → accepted | rejected; accepted → in-progress | rejected; in-progress → done | accepted | rejected (a release also moves it to done). "
                + "Otherwise 409 lifecycle.invalid-transition.");
    }

    private static async Task<IResult> CreateAsync(Guid productId, RequirementRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken)
    {
        var requirement = await dispatcher.SendAsync(new CreateRequirementCommand(productId, request), cancellationToken);
        return ResourceResults.Created(context, $"{LifecycleApi.Prefix}/products/{productId}/requirements/{requirement.Id}", requirement);
    }

    private static async Task<IResult> ListAsync(Guid productId, IDispatcher dispatcher, [EnumValues<RequirementStatus>] [FromQuery] string[]? status,
        [EnumValues<RequirementPriority>] [FromQuery] string[]? priority, string? targetVersion, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var query = new ListRequirementsQuery(productId, errors.AnyOf<RequirementStatus>(status, nameof(status)),
            errors.AnyOf<RequirementPriority>(priority, nameof(priority)), targetVersion, limit, cursor, QueryErrors.Utc(updatedSince), sort);
        return TypedResults.Ok(await errors.QueryAsync(dispatcher, query, cancellationToken));
    }

    private static async Task<IResult> GetAsync(Guid productId, Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetRequirementQuery(productId, id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid productId, Guid id, RequirementRequest request, IDispatcher dispatcher, HttpContext context,
        CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(new UpdateRequirementCommand(productId, id, IfMatch.ExpectedVersion(context.Request), request),
            cancellationToken));

    private static async Task<IResult> TransitionAsync(Guid productId, Guid id, RequirementStatusTransitionRequest request, IDispatcher dispatcher,
        HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(
            new TransitionRequirementStatusCommand(productId, id, IfMatch.ExpectedVersion(context.Request), request.Status, request.Note), cancellationToken));
}
