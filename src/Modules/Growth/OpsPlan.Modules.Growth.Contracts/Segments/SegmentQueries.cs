using OpsPlan.BuildingBlocks.Application.Caching;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Contracts.Segments;

public sealed record GetSegmentQuery(Guid Id) : IQuery<SegmentDto>;

public sealed record ListSegmentsQuery(string? Name = null, int? Limit = null, string? Cursor = null, DateTime? UpdatedSince = null, string? Sort = null)
    : IQuery<Page<SegmentDto>>, IListQuery;

/// <summary>The customers a saved segment matches now, newest first.</summary>
public sealed record ListSegmentMembersQuery(Guid SegmentId, int? Limit = null, string? Cursor = null) : IQuery<Page<CustomerDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}

/// <summary>Cached like the KPIs: a write to the module, or two seconds, and it is counted again.</summary>
public sealed record GetSegmentSizeQuery(Guid SegmentId) : IQuery<SegmentSizeDto>, ICachedQuery;

/// <summary>Evaluates a rule that is not saved: what a segment with it would hold.</summary>
public sealed record PreviewSegmentQuery(SegmentRule Rule) : IQuery<SegmentPreviewDto>;
