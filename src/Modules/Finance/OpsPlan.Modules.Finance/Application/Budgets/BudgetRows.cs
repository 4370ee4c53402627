using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets;

internal sealed class BudgetRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, cost_center_id AS CostCenterId, period AS Period, currency AS Currency, status AS Status,
               warning_threshold_bp AS WarningThresholdBasisPoints, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM finance.budgets
        """;

    public Guid CostCenterId { get; init; }

    public string Period { get; init; } = "";

    public string Currency { get; init; } = "";

    public string Status { get; init; } = "";

    public int WarningThresholdBasisPoints { get; init; }

    public Budget ToDomain(IEnumerable<BudgetLineRow> lines) => Budget.Restore(State, CostCenterId, FiscalPeriod.Parse(Period), Currency,
        EnumText.Parse<BudgetStatus>(Status), WarningThresholdBasisPoints / 100m, lines.Select(line => line.ToDomain(Currency)));

    public static BudgetDto ToDto(Budget budget) => new()
    {
        Id = budget.Id,
        CostCenterId = budget.CostCenterId,
        Period = budget.Period.Text,
        StartsOn = budget.Period.StartsOn,
        EndsOn = budget.Period.EndsOn,
        Currency = budget.Currency,
        Status = budget.Status,
        WarningThresholdPercent = budget.WarningThresholdPercent,
        Lines = budget.Lines.Select(line => new BudgetLineDto(line.Category, line.Amount)).ToList(),
        Total = budget.Total,
        CreatedAt = budget.CreatedAt,
        UpdatedAt = budget.UpdatedAt,
        Version = budget.Version,
    };

    public static object Parameters(Budget budget) => new
    {
        budget.Id,
        budget.CostCenterId,
        Period = budget.Period.Text,
        budget.Period.StartsOn,
        budget.Period.EndsOn,
        budget.Currency,
        Status = EnumText.ToText(budget.Status),
        WarningThresholdBasisPoints = (int)(budget.WarningThresholdPercent * 100),
        budget.CreatedAt,
        budget.UpdatedAt,
        budget.Version,
        budget.LoadedVersion,
    };
}

internal sealed class BudgetLineRow
{
    public const string SelectFromSql = "SELECT budget_id AS BudgetId, category AS Category, amount_minor AS AmountMinor, state AS State FROM finance.budget_lines";

    public Guid BudgetId { get; init; }

    public string Category { get; init; } = "";

    public long AmountMinor { get; init; }

    public string State { get; init; } = "";

    public BudgetLine ToDomain(string currency) =>
        new(EnumText.Parse<SpendCategory>(Category), Money.FromMinorUnits(AmountMinor, currency), EnumText.Parse<BudgetLineState>(State));

    public static object Parameters(Guid budgetId, BudgetLine line) => new
    {
        BudgetId = budgetId,
        Category = EnumText.ToText(line.Category),
        AmountMinor = line.Amount.MinorUnits,
        State = EnumText.ToText(line.State),
    };
}
