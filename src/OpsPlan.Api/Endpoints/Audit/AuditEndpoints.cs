using OpsPlan.BuildingBlocks.Application.Auditing.GetAuditEntries;

namespace OpsPlan.Api.Endpoints.Audit;

/// <summary>/api/v1/audit: every successful command, across modules. Admins only.</summary>
internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", ListAsync).RequireAuthorization(Policies.Admin).WithTag(PlatformTags.Audit).Lists<AuditEntryDto>()
            .Named("ListAuditEntries", "The audit trail",
                "Who ran which command on which record, when, with which outcome. Filter by module, recordId and userId; newest first.");
    }

    private static async Task<IResult> ListAsync(IDispatcher dispatcher, string? module, Guid? recordId, string? userId, int? limit, string? cursor,
        DateTimeOffset? updatedSince, string? sort, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.QueryAsync(
            new GetAuditEntriesQuery(module, recordId, userId, limit, cursor, updatedSince?.UtcDateTime, Sort: sort), cancellationToken));
}
