using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.ListCustomers;

/// <summary>Newest first, or with <c>updatedSince</c> oldest change first: the incremental sync an integrator pages through.</summary>
internal sealed class ListCustomersQueryHandler(IDbConnectionFactory connectionFactory, CustomerReader reader) : IQueryHandler<ListCustomersQuery, Page<CustomerDto>>
{
    public async Task<Page<CustomerDto>> Handle(ListCustomersQuery request, CancellationToken cancellationToken)
    {
        var list = new KeysetListSql(CustomerRow.SelectFromSql, request)
            .WhereAnyOf(request.Stage, "stage", "Stage")
            .WhereAnyOf(request.Tier, "tier", "Tier")
            .WhereIfPresent(request.Country, "country = @Country", "Country")
            .WhereIfPresent(request.AcquisitionChannel, "acquisition_channel = @AcquisitionChannel", "AcquisitionChannel")
            .WhereIfPresent(request.ExternalId, "external_id = @ExternalId", "ExternalId");
        return await list.ReadAsync(connectionFactory, (CustomerRow row) => reader.ToDto(row), cancellationToken);
    }
}
