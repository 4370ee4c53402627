using OpsPlan.Modules.Finance.Application.Budgets;
using OpsPlan.Modules.Finance.Application.Cash;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Domain.Cash;
using OpsPlan.Modules.Finance.Domain.CostCenters;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions;

/// <summary>
/// Writes transactions and everything that follows from them in the same transaction: the cash accounts' daily
/// totals, the budget lines' threshold alerts and the runway alert.
/// </summary>
internal sealed class TransactionBook(ITransactionRepository transactions, ICostCenterRepository costCenters, ICashAccountRepository accounts,
    BudgetAlerts budgetAlerts, RunwayAlerts runwayAlerts)
{
    /// <summary>What each transaction refers to must exist and fit: errors by field, for the items that fail.</summary>
    public async Task<IReadOnlyDictionary<int, Dictionary<string, string[]>>> CheckReferencesAsync(IReadOnlyList<(int Index, TransactionDetails Details)> items,
        CancellationToken cancellationToken)
    {
        var knownCostCenters = await costCenters.ExistingAsync(items.Select(item => item.Details.CostCenterId).Distinct().ToList(), cancellationToken);
        var cashAccounts = await accounts.FindAsync(items.Select(item => item.Details.CashAccountId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        var failures = new Dictionary<int, Dictionary<string, string[]>>();
        foreach (var (index, details) in items)
        {
            var errors = new Dictionary<string, string[]>();
            if (!knownCostCenters.Contains(details.CostCenterId))
            {
                errors["costCenterId"] = ["No cost center has this id."];
            }

            if (details.CashAccountId is { } accountId)
            {
                if (!cashAccounts.TryGetValue(accountId, out var account))
                {
                    errors["cashAccountId"] = ["No cash account has this id."];
                }
                else if (account.Currency != details.Amount.Currency)
                {
                    errors["amount.currency"] = [$"The cash account is in {account.Currency}; a transaction through it is too."];
                }
                else if (details.OccurredOn < account.OpenedOn)
                {
                    errors["occurredOn"] = [$"The cash account's opening balance is of {account.OpenedOn:yyyy-MM-dd}; earlier transactions are in it already."];
                }
            }

            if (errors.Count > 0)
            {
                failures[index] = errors;
            }
        }

        return failures;
    }

    /// <summary>Saves new transactions and replaced ones (with the details they had before), then what follows from them.</summary>
    public async Task SaveAsync(IReadOnlyCollection<Transaction> added, IReadOnlyCollection<(TransactionDetails Before, Transaction After)> replaced,
        CancellationToken cancellationToken)
    {
        await transactions.AddAsync(added, cancellationToken);
        await transactions.UpdateAsync(replaced.Select(change => change.After).ToList(), cancellationToken);

        // A replaced transaction's old effect is taken out and its new one put in.
        var effects = replaced.Select(change => (Details: change.Before, Sign: -1))
            .Concat(added.Select(transaction => (transaction.Details, Sign: 1)))
            .Concat(replaced.Select(change => (change.After.Details, Sign: 1)))
            .ToList();

        var deltas = effects
            .Where(effect => effect.Details.CashAccountId is not null)
            .GroupBy(effect => (Account: effect.Details.CashAccountId!.Value, Day: effect.Details.OccurredOn))
            .Select(group => new DailyCashDelta(group.Key.Account, group.Key.Day,
                group.Where(effect => effect.Details.Direction == TransactionDirection.Inflow).Sum(effect => effect.Sign * effect.Details.Amount.MinorUnits),
                group.Where(effect => effect.Details.Direction == TransactionDirection.Outflow).Sum(effect => effect.Sign * effect.Details.Amount.MinorUnits)))
            .Where(delta => delta.InflowMinor != 0 || delta.OutflowMinor != 0)
            .ToList();
        await accounts.AddToDailyTotalsAsync(deltas, cancellationToken);
        await transactions.AddToMonthlyTotalsAsync(MonthlySpendDelta.Of(effects), cancellationToken);

        await budgetAlerts.EvaluateAsync(effects.Select(effect => new SpendTouch(effect.Details.CostCenterId, effect.Details.Category, effect.Details.OccurredOn))
            .Distinct().ToList(), cancellationToken);
        if (deltas.Count > 0)
        {
            await runwayAlerts.EvaluateAsync(cancellationToken);
        }
    }
}
