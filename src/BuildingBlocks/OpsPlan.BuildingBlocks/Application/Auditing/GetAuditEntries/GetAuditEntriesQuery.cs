using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Paging;

namespace OpsPlan.BuildingBlocks.Application.Auditing.GetAuditEntries;

/// <summary>The audit trail across modules, newest first. <c>updatedSince</c> returns entries from that time on, oldest first.</summary>
public sealed record GetAuditEntriesQuery(
    string? Module = null,
    Guid? RecordId = null,
    string? UserId = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null, string? Sort = null) : IQuery<Page<AuditEntryDto>>, IListQuery;
