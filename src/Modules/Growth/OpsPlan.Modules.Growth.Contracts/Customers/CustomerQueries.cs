namespace OpsPlan.Modules.Growth.Contracts.Customers;

public sealed record GetCustomerQuery(Guid Id) : IQuery<CustomerDto>;

/// <summary>Customers, newest first; with <c>updatedSince</c>, oldest change first for incremental sync.</summary>
public sealed record ListCustomersQuery(
    IReadOnlyList<LifecycleStage>? Stage = null,
    IReadOnlyList<CustomerTier>? Tier = null,
    string? Country = null,
    string? AcquisitionChannel = null,
    string? ExternalId = null,
    int? Limit = null,
    string? Cursor = null,
    DateTime? UpdatedSince = null,
    string? Sort = null) : IQuery<Page<CustomerDto>>, IListQuery;

/// <summary>A customer's stage changes, newest first.</summary>
public sealed record ListStageChangesQuery(Guid CustomerId, int? Limit = null, string? Cursor = null) : IQuery<Page<StageChangeDto>>, IListQuery
{
    public DateTime? UpdatedSince => null;

    public string? Sort => null;
}
