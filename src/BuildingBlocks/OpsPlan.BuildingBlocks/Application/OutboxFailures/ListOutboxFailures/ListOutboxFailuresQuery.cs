using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.ListOutboxFailures;

/// <summary>Parked events across modules, newest first; <c>updatedSince</c> returns those parked since then, oldest first.</summary>
public sealed record ListOutboxFailuresQuery(
    string? Module = null,
    string? Type = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<OutboxFailureDto>>, IListQuery;
