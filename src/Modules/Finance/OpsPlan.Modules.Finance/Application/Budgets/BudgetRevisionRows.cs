using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Budgets;
using OpsPlan.Modules.Finance.Domain.Budgets;

namespace OpsPlan.Modules.Finance.Application.Budgets;

internal sealed class BudgetRevisionRow
{
    public const string SelectFromSql = """
        SELECT r.id AS Id, r.budget_id AS BudgetId, r.revised_by AS RevisedBy, r.revised_at AS RevisedAt, r.reason AS Reason,
               r.budget_version AS BudgetVersion, b.currency AS Currency
        FROM finance.budget_revisions r JOIN finance.budgets b ON b.id = r.budget_id
        """;

    public Guid Id { get; init; }

    public Guid BudgetId { get; init; }

    public string RevisedBy { get; init; } = "";

    public DateTime RevisedAt { get; init; }

    public string Reason { get; init; } = "";

    public long BudgetVersion { get; init; }

    public string Currency { get; init; } = "";
}

internal sealed class BudgetRevisionChangeRow
{
    public const string SelectFromSql = """
        SELECT revision_id AS RevisionId, category AS Category, previous_minor AS PreviousMinor, amount_minor AS AmountMinor
        FROM finance.budget_revision_changes
        """;

    public Guid RevisionId { get; init; }

    public string Category { get; init; } = "";

    public long PreviousMinor { get; init; }

    public long AmountMinor { get; init; }
}

internal static class BudgetRevisionRows
{
    public static BudgetRevisionDto ToDto(BudgetRevision revision) => new()
    {
        Id = revision.Id,
        BudgetId = revision.BudgetId,
        RevisedBy = revision.RevisedBy,
        RevisedAt = revision.RevisedAt,
        Reason = revision.Reason,
        Changes = revision.Changes.Select(change => new BudgetRevisionChangeDto(change.Category, change.PreviousAmount, change.Amount)).ToList(),
        BudgetVersion = revision.BudgetVersion,
    };

    public static BudgetRevisionDto ToDto(BudgetRevisionRow row, IEnumerable<BudgetRevisionChangeRow> changes) => new()
    {
        Id = row.Id,
        BudgetId = row.BudgetId,
        RevisedBy = row.RevisedBy,
        RevisedAt = row.RevisedAt,
        Reason = row.Reason,
        Changes = changes.Select(change => new BudgetRevisionChangeDto(EnumText.Parse<SpendCategory>(change.Category),
            Money.FromMinorUnits(change.PreviousMinor, row.Currency), Money.FromMinorUnits(change.AmountMinor, row.Currency))).ToList(),
        BudgetVersion = row.BudgetVersion,
    };
}
