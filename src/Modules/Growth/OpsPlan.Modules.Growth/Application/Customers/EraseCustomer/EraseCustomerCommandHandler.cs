using OpsPlan.BuildingBlocks.Application.Security;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Customers;
using OpsPlan.Modules.Growth.Domain.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers.EraseCustomer;

internal sealed class EraseCustomerCommandHandler(ICustomerRepository customers, ICurrentUser user, IOptions<GrowthOptions> options, IClock clock)
    : ICommandHandler<EraseCustomerCommand, CustomerDto>
{
    public async Task<CustomerDto> Handle(EraseCustomerCommand request, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var now = clock.UtcNow;
        if (customer.Erase(user.Id, now))
        {
            await customers.UpdateAsync([customer], cancellationToken);
        }

        return CustomerRow.ToDto(customer, options.Value.Currency, now);
    }
}
