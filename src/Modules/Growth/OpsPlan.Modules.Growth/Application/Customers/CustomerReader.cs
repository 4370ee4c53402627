using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Customers;

/// <summary>Turns customer rows into what the API returns: value in the module's currency, frequency as of the clock's now.</summary>
internal sealed class CustomerReader(IOptions<GrowthOptions> options, IClock clock)
{
    public CustomerDto ToDto(CustomerRow row) => CustomerRow.ToDto(row.ToDomain(), options.Value.Currency, clock.UtcNow);
}
