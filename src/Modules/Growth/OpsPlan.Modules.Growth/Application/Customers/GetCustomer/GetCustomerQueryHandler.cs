using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.GetCustomer;

internal sealed class GetCustomerQueryHandler(IDbConnectionFactory connectionFactory, CustomerReader reader) : IQueryHandler<GetCustomerQuery, CustomerDto>
{
    private const string Sql = CustomerRow.SelectFromSql + " WHERE id = @Id";

    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken) =>
        reader.ToDto(await connectionFactory.SingleOrNotFoundAsync<CustomerRow>(Sql, new { request.Id }, "Customer", request.Id, cancellationToken));
}
