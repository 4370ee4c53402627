using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Domain.CostCenters;
using OpsPlan.Modules.Finance.Infrastructure.Persistence;

namespace OpsPlan.Modules.Finance;

/// <summary>Cost centers (and, as the module grows, budgets, transactions and cash). Its tables live in the <c>finance</c> schema.</summary>
public sealed class FinanceModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("finance", typeof(FinanceModule).Assembly, typeof(CostCenterDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<ICostCenterRepository, CostCenterRepository>();
}
