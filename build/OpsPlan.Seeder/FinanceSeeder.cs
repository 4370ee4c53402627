using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Domain.Budgets;
using OpsPlan.Modules.Finance.Domain.Cash;
using OpsPlan.Modules.Finance.Domain.CostCenters;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Seeder;

/// <summary>
/// 200 cost centers with an approved budget each for this year, four cash accounts, and transactions spread over the
/// last two years, written through Finance's repositories (daily cash and monthly spend totals included) so the rows are what the app writes.
/// </summary>
internal sealed class FinanceSeeder(IServiceProvider provider)
{
    public const int CostCenterCount = 200;
    private const int BatchSize = 10_000;
    private static readonly SpendCategory[] Categories = Enum.GetValues<SpendCategory>();

    public async Task<(IReadOnlyList<Guid> CostCenters, IReadOnlyList<Guid> Budgets)> SeedAsync(int transactionCount)
    {
        var random = new Random(7);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var firstDay = today.AddYears(-2);
        var costCenters = new List<CostCenter>();
        var budgets = new List<Guid>();
        var accounts = new List<CashAccount>();

        await UnitOfWorkScope.RunAsync(provider, "finance", async services =>
        {
            var costCenterRepository = services.GetRequiredService<ICostCenterRepository>();
            var budgetRepository = services.GetRequiredService<IBudgetRepository>();
            var accountRepository = services.GetRequiredService<ICashAccountRepository>();
            for (var i = 0; i < CostCenterCount; i++)
            {
                var costCenter = CostCenter.Open($"CC-{i:D3}", $"Cost center {i}", $"owner{i}@example.com", null, now);
                await costCenterRepository.AddAsync(costCenter, CancellationToken.None);
                costCenters.Add(costCenter);

                var period = FiscalPeriod.Parse(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var budget = Budget.Draft(costCenter.Id, period, "USD", null, Categories.Select(category => (category, Money.Of(5_000_000m, "USD"))), now);
                budget.TransitionTo(BudgetStatus.Submitted, now);
                budget.TransitionTo(BudgetStatus.Approved, now);
                await budgetRepository.AddAsync(budget, CancellationToken.None);
                budgets.Add(budget.Id);
            }

            for (var i = 0; i < 4; i++)
            {
                var account = CashAccount.Open($"Bank account {i}", Money.Of(25_000_000m, "USD"), firstDay, now);
                await accountRepository.AddAsync(account, CancellationToken.None);
                accounts.Add(account);
            }
        });

        var days = today.DayNumber - firstDay.DayNumber;
        for (var offset = 0; offset < transactionCount; offset += BatchSize)
        {
            var batch = Enumerable.Range(offset, Math.Min(BatchSize, transactionCount - offset)).Select(i =>
            {
                var inflow = random.Next(10) == 0;
                return Transaction.Record($"SEED-{i}", new TransactionDetails(
                    firstDay.AddDays(random.Next(days + 1)),
                    costCenters[random.Next(costCenters.Count)].Id,
                    Categories[random.Next(Categories.Length)],
                    inflow ? TransactionDirection.Inflow : TransactionDirection.Outflow,
                    Money.FromMinorUnits(random.Next(1_000, 50_000_000), "USD"),
                    accounts[random.Next(accounts.Count)].Id,
                    "Seeded vendor",
                    null,
                    "Generated for load tests.",
                    inflow ? OverseasSeeder.LiveCountries[random.Next(OverseasSeeder.LiveCountries.Length)] : null), now);
            }).ToList();
            var deltas = batch
                .GroupBy(transaction => (transaction.Details.CashAccountId!.Value, transaction.Details.OccurredOn))
                .Select(group => new DailyCashDelta(group.Key.Item1, group.Key.OccurredOn,
                    group.Where(transaction => transaction.Details.Direction == TransactionDirection.Inflow).Sum(transaction => transaction.Details.Amount.MinorUnits),
                    group.Where(transaction => transaction.Details.Direction == TransactionDirection.Outflow).Sum(transaction => transaction.Details.Amount.MinorUnits)))
                .ToList();
            await UnitOfWorkScope.RunAsync(provider, "finance", async services =>
            {
                await services.GetRequiredService<ITransactionRepository>().AddAsync(batch, CancellationToken.None);
                await services.GetRequiredService<ICashAccountRepository>().AddToDailyTotalsAsync(deltas, CancellationToken.None);
                await services.GetRequiredService<ITransactionRepository>().AddToMonthlyTotalsAsync(
                    MonthlySpendDelta.Of(batch.Select(transaction => (transaction.Details, 1))), CancellationToken.None);
            });
        }

        return (costCenters.Select(costCenter => costCenter.Id).ToList(), budgets);
    }
}
