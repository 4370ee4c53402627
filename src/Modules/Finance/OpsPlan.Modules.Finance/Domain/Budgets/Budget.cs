using OpsPlan.Modules.Finance.Contracts;

namespace OpsPlan.Modules.Finance.Domain.Budgets;

/// <summary>A cost center's plan for a fiscal period. Drafts are edited freely; an approved budget only through a revision.</summary>
internal sealed class Budget : AggregateRoot
{
    public const decimal DefaultWarningThresholdPercent = 80m;

    private readonly SortedDictionary<SpendCategory, BudgetLine> _lines;

    private Budget(AggregateState state, Guid costCenterId, FiscalPeriod period, string currency, BudgetStatus status, decimal warningThresholdPercent,
        IEnumerable<BudgetLine> lines)
        : base(state)
    {
        CostCenterId = costCenterId;
        Period = period;
        Currency = currency;
        Status = status;
        WarningThresholdPercent = warningThresholdPercent;
        _lines = new SortedDictionary<SpendCategory, BudgetLine>(lines.ToDictionary(line => line.Category));
    }

    public Guid CostCenterId { get; }

    public FiscalPeriod Period { get; }

    public string Currency { get; }

    public BudgetStatus Status { get; private set; }

    public decimal WarningThresholdPercent { get; private set; }

    public IReadOnlyCollection<BudgetLine> Lines => _lines.Values;

    public Money Total => _lines.Values.Aggregate(Money.FromMinorUnits(0, Currency), (total, line) => total.Add(line.Amount));


    public static Budget Draft(Guid costCenterId, FiscalPeriod period, string currency, decimal? warningThresholdPercent, IEnumerable<(SpendCategory Category, Money Amount)> lines, DateTime now) =>
        new(AggregateState.New(now), costCenterId, period, currency, BudgetStatus.Draft, warningThresholdPercent ?? DefaultWarningThresholdPercent,
            lines.Select(line => new BudgetLine(line.Category, line.Amount, BudgetLineState.Ok)));

    public static Budget Restore(AggregateState state, Guid costCenterId, FiscalPeriod period, string currency, BudgetStatus status, decimal warningThresholdPercent,
        IEnumerable<BudgetLine> lines) =>
        new(state, costCenterId, period, currency, status, warningThresholdPercent, lines);

    public BudgetLine? LineFor(SpendCategory category) => _lines.GetValueOrDefault(category);

    public void Replace(decimal warningThresholdPercent, IEnumerable<(SpendCategory Category, Money Amount)> lines, DateTime now)
    {
        if (Status != BudgetStatus.Draft)
        {
            throw new BusinessRuleException("finance.budget-not-editable", $"A {EnumText.ToText(Status)} budget cannot be edited.",
                ["Only a draft is edited directly; change an approved budget with a revision (POST .../revisions)."]);
        }

        WarningThresholdPercent = warningThresholdPercent;
        _lines.Clear();
        foreach (var (category, amount) in lines)
        {
            _lines[category] = new BudgetLine(category, amount, BudgetLineState.Ok);
        }

        Touch(now);
    }

    public void TransitionTo(BudgetStatus target, DateTime now)
    {
        if (!BudgetWorkflow.CanMove(Status, target))
        {
            var allowed = BudgetWorkflow.NextFrom(Status).Select(EnumText.ToText).ToList();
            throw new BusinessRuleException(
                "finance.invalid-transition",
                $"A budget cannot move from '{EnumText.ToText(Status)}' to '{EnumText.ToText(target)}'.",
                [allowed.Count == 0 ? "A closed budget is final." : $"From '{EnumText.ToText(Status)}' a budget can move to: {string.Join(", ", allowed)}."]);
        }

        Status = target;
        Touch(now);
    }

    /// <summary>Sets new amounts on some lines (zero removes one) and returns the record of what changed.</summary>
    public BudgetRevision Revise(IEnumerable<(SpendCategory Category, Money Amount)> lines, string reason, string revisedBy, DateTime now)
    {
        if (Status != BudgetStatus.Approved)
        {
            throw new BusinessRuleException("finance.budget-not-approved", $"A {EnumText.ToText(Status)} budget is not revised.",
                [Status == BudgetStatus.Draft ? "Edit a draft directly with PUT." : "Only an approved budget is revised."]);
        }

        var changes = new List<BudgetRevisionChange>();
        foreach (var (category, amount) in lines)
        {
            var previous = _lines.GetValueOrDefault(category);
            var previousAmount = previous?.Amount ?? Money.FromMinorUnits(0, Currency);
            if (previousAmount == amount)
            {
                continue;
            }

            changes.Add(new BudgetRevisionChange(category, previousAmount, amount));
            if (amount.MinorUnits == 0)
            {
                _lines.Remove(category);
            }
            else
            {
                _lines[category] = new BudgetLine(category, amount, previous?.State ?? BudgetLineState.Ok);
            }
        }

        if (changes.Count == 0)
        {
            throw new BusinessRuleException("finance.revision-changes-nothing", "Every amount in the revision equals the budget's current amount.");
        }

        Touch(now);
        return new BudgetRevision(Ids.New(), Id, revisedBy, now, reason, changes, Version);
    }

    /// <summary>Records the alert state last published for a line; returns whether it rose (and so deserves an alert).</summary>
    public bool MoveLineState(SpendCategory category, BudgetLineState state)
    {
        var line = _lines[category];
        if (line.State == state)
        {
            return false;
        }

        _lines[category] = line with { State = state };
        return state > line.State;
    }
}
