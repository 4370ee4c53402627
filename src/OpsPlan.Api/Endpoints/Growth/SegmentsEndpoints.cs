using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Api.Endpoints.Growth;

/// <summary>/api/v1/growth/segments: named rules over customers.</summary>
internal static class SegmentsEndpoints
{
    public static void MapSegments(this RouteGroupBuilder module)
    {
        var segments = module.MapGroup("/segments").WithTag(GrowthApi.Segments);

        segments.MapPost("", CreateAsync).RequireAuthorization(GrowthApi.Write).Creates<SegmentDto>()
            .Named("CreateSegment", "Save a segment",
                "A rule is a group (match all|any) of conditions and nested groups, at most 5 levels and 50 conditions; fields come from a whitelist. "
                + "Errors name their path, such as rule.groups[0].conditions[1].field. Names are unique (409 growth.duplicate-segment-name).");

        segments.MapPost("/preview", PreviewAsync).RequireAuthorization(GrowthApi.Write).Produces<SegmentPreviewDto>().Creates()
            .Named("PreviewSegment", "Evaluate an unsaved rule", "Its size now and its first 20 members; nothing is saved.");

        segments.MapGet("", ListAsync).Lists<SegmentDto>()
            .Named("ListSegments", "List segments");

        segments.MapGet("/{id:guid}", GetAsync).ReadsOne<SegmentDto>()
            .Named("GetSegment", "Get a segment");

        segments.MapPut("/{id:guid}", ReplaceAsync).RequireAuthorization(GrowthApi.Write).Changes<SegmentDto>()
            .Named("ReplaceSegment", "Rename a segment or change its rule");

        segments.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(GrowthApi.Write).DeletesVersioned()
            .Named("DeleteSegment", "Delete a segment");

        segments.MapGet("/{id:guid}/members", MembersAsync).Lists<CustomerDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .Named("ListSegmentMembers", "The customers a segment matches now",
                "Newest first, paged with nextCursor. Customers whose personal data was erased are never members.");

        segments.MapGet("/{id:guid}/size", SizeAsync).ReadsOne<SegmentSizeDto>()
            .Named("GetSegmentSize", "How many customers a segment matches now");
    }

    private static async Task<IResult> CreateAsync(CreateSegmentCommand command, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        var segment = await dispatcher.SendAsync(command, cancellationToken);
        return ResourceResults.Created(context, $"/api/v1/growth/segments/{segment.Id}", segment);
    }

    private static async Task<IResult> PreviewAsync(PreviewSegmentQuery query, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(query, cancellationToken));

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, string? name, int? limit, string? cursor, DateTimeOffset? updatedSince, string? sort,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListSegmentsQuery(name, limit, cursor, QueryErrors.Utc(updatedSince), sort), cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.QueryAsync(new GetSegmentQuery(id), cancellationToken));

    private static async Task<IResult> ReplaceAsync(Guid id, SegmentRequest request, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken) =>
        ResourceResults.Ok(context, await dispatcher.SendAsync(request.ToCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken));

    private static async Task<IResult> DeleteAsync(Guid id, IDispatcher dispatcher, HttpContext context, CancellationToken cancellationToken)
    {
        await dispatcher.SendAsync(new DeleteSegmentCommand(id, IfMatch.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MembersAsync(Guid id, IDispatcher dispatcher, int? limit, string? cursor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new ListSegmentMembersQuery(id, limit, cursor), cancellationToken));

    private static async Task<IResult> SizeAsync(Guid id, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(new GetSegmentSizeQuery(id), cancellationToken));
}
