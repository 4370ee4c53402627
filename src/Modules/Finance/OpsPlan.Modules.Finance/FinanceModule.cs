using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Modules;
using OpsPlan.Modules.Finance.Application;
using OpsPlan.Modules.Finance.Application.Budgets;
using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Application.Transactions;
using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Finance.Domain.Budgets;
using OpsPlan.Modules.Finance.Domain.Cash;
using OpsPlan.Modules.Finance.Domain.CostCenters;
using OpsPlan.Modules.Finance.Domain.Transactions;
using OpsPlan.Modules.Finance.Infrastructure.Persistence;

namespace OpsPlan.Modules.Finance;

/// <summary>Cost centers, budgets, transactions, cash and exchange rates, and the views over them. Its tables live in the <c>finance</c> schema.</summary>
public sealed class FinanceModule : IModule
{
    public ModuleDescriptor Descriptor { get; } = new("finance", typeof(FinanceModule).Assembly, typeof(CostCenterDto).Assembly);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FinanceOptions>().Bind(configuration.GetSection(FinanceOptions.Section))
            .Validate(options => BuildingBlocks.Domain.Money.IsCurrencyCode(options.ReportingCurrency), "Finance:ReportingCurrency: " + BuildingBlocks.Domain.Currencies.Explanation)
            .Validate(options => options.RunwayAlertMonths is >= 1 and <= 120, "Finance:RunwayAlertMonths is from 1 to 120.")
            .ValidateOnStart();
        services.AddScoped<ICostCenterRepository, CostCenterRepository>();
        services.AddScoped<IBudgetRepository, BudgetRepository>();
        services.AddScoped<ITransactionRepository, TransactionRepository>();
        services.AddScoped<ICashAccountRepository, CashAccountRepository>();
        services.AddScoped<IExchangeRateRepository, ExchangeRateRepository>();
        services.AddScoped<IAlertStateRepository, AlertStateRepository>();
        services.AddSingleton<ExchangeRateTable>();
        services.AddSingleton<RunwayCalculator>();
        services.AddScoped<BudgetAlerts>();
        services.AddScoped<RunwayAlerts>();
        services.AddScoped<TransactionBook>();
    }
}
