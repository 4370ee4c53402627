using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Events;
using OpsPlan.Modules.Finance.Domain.Budgets;
using OpsPlan.Modules.Finance.Domain.CostCenters;

namespace OpsPlan.Modules.Finance.Application.Budgets;

/// <summary>
/// Re-checks approved budget lines after the actuals or the budget change, inside the same transaction, and publishes
/// <see cref="BudgetThresholdCrossed"/> when a line's state rises (ok → warning → over). Each line remembers the state
/// last published, so a line that stays over is not announced again, and one that falls back is left for a human.
/// </summary>
internal sealed class BudgetAlerts(IBudgetRepository budgets, ICostCenterRepository costCenters, IUnitOfWork unitOfWork, ExchangeRateTable rates,
    IOutbox outbox, IClock clock)
{
    public async Task EvaluateAsync(IReadOnlyCollection<SpendTouch> touched, CancellationToken cancellationToken)
    {
        if (touched.Count == 0)
        {
            return;
        }

        var candidates = await budgets.ApprovedForAsync(touched.Select(touch => touch.CostCenterId).Distinct().ToList(),
            touched.Min(touch => touch.Day), touched.Max(touch => touch.Day), cancellationToken);
        CurrencyConverter? converter = null;
        foreach (var budget in candidates)
        {
            var categories = touched
                .Where(touch => touch.CostCenterId == budget.CostCenterId && touch.Day >= budget.Period.StartsOn && touch.Day <= budget.Period.EndsOn)
                .Select(touch => touch.Category)
                .Where(category => budget.LineFor(category) is not null)
                .ToHashSet();
            if (categories.Count > 0)
            {
                converter ??= await LoadRatesAsync(cancellationToken);
                await EvaluateAsync(budget, categories, converter, cancellationToken);
            }
        }
    }

    public async Task EvaluateAsync(Budget budget, CancellationToken cancellationToken) =>
        await EvaluateAsync(budget, budget.Lines.Select(line => line.Category).ToHashSet(), await LoadRatesAsync(cancellationToken), cancellationToken);

    private Task<CurrencyConverter> LoadRatesAsync(CancellationToken cancellationToken) =>
        rates.LoadAsync(unitOfWork.Connection, unitOfWork.Transaction, DateOnly.FromDateTime(clock.UtcNow), cancellationToken);

    private async Task EvaluateAsync(Budget budget, HashSet<SpendCategory> categories, CurrencyConverter converter, CancellationToken cancellationToken)
    {
        var asOf = Min(DateOnly.FromDateTime(clock.UtcNow), budget.Period.EndsOn);
        var actuals = await BudgetActuals.NetSpendAsync(unitOfWork.Connection, unitOfWork.Transaction, budget, converter, asOf, strict: false, cancellationToken);
        var crossed = new List<(BudgetLine Line, Money Actual)>();
        var changed = false;
        foreach (var line in budget.Lines.Where(line => categories.Contains(line.Category)).ToList())
        {
            var actual = BudgetActuals.Of(actuals, line.Category, budget.Currency);
            var state = Consumption.StateOf(line.Amount, actual, budget.WarningThresholdPercent);
            changed |= line.State != state;
            if (budget.MoveLineState(line.Category, state))
            {
                crossed.Add((line with { State = state }, actual));
            }
        }

        if (!changed)
        {
            return;
        }

        await budgets.SaveLineStatesAsync(budget, cancellationToken);
        if (crossed.Count == 0)
        {
            return;
        }

        var costCenter = await costCenters.GetAsync(budget.CostCenterId, expectedVersion: null, cancellationToken);
        foreach (var (line, actual) in crossed)
        {
            await outbox.EnqueueAsync(new BudgetThresholdCrossed(budget.Id, costCenter.Id, costCenter.Code, costCenter.Owner,
                budget.Period.Text, line.Category, line.State, line.Amount, actual, Consumption.PercentConsumed(line.Amount, actual) ?? 100m,
                budget.WarningThresholdPercent), cancellationToken);
        }
    }

    private static DateOnly Min(DateOnly left, DateOnly right) => left < right ? left : right;
}
