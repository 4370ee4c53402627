using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Transactions;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions;

internal sealed class TransactionRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, external_id AS ExternalId, occurred_on AS OccurredOn, cost_center_id AS CostCenterId, category AS Category,
               direction AS Direction, amount_minor AS AmountMinor, currency AS Currency, cash_account_id AS CashAccountId,
               counterparty AS Counterparty, partner_id AS PartnerId, market AS Market, description AS Description,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM finance.transactions
        """;

    public string? ExternalId { get; init; }

    public DateOnly OccurredOn { get; init; }

    public Guid CostCenterId { get; init; }

    public string Category { get; init; } = "";

    public string Direction { get; init; } = "";

    public long AmountMinor { get; init; }

    public string Currency { get; init; } = "";

    public Guid? CashAccountId { get; init; }

    public string? Counterparty { get; init; }

    public Guid? PartnerId { get; init; }

    public string? Market { get; init; }

    public string Description { get; init; } = "";

    public Transaction ToDomain() => Transaction.Restore(State, ExternalId, new TransactionDetails(OccurredOn, CostCenterId, EnumText.Parse<SpendCategory>(Category),
        EnumText.Parse<TransactionDirection>(Direction), Money.FromMinorUnits(AmountMinor, Currency), CashAccountId, Counterparty, PartnerId, Description, Market));

    public TransactionDto ToDto() => ToDto(ToDomain());

    public static TransactionDto ToDto(Transaction transaction) => new()
    {
        Id = transaction.Id,
        ExternalId = transaction.ExternalId,
        OccurredOn = transaction.Details.OccurredOn,
        CostCenterId = transaction.Details.CostCenterId,
        Category = transaction.Details.Category,
        Direction = transaction.Details.Direction,
        Amount = transaction.Details.Amount,
        CashAccountId = transaction.Details.CashAccountId,
        Counterparty = transaction.Details.Counterparty,
        PartnerId = transaction.Details.PartnerId,
        Market = transaction.Details.Market,
        Description = transaction.Details.Description,
        CreatedAt = transaction.CreatedAt,
        UpdatedAt = transaction.UpdatedAt,
        Version = transaction.Version,
    };

    public static object Parameters(Transaction transaction) => new
    {
        transaction.Id,
        transaction.ExternalId,
        transaction.Details.OccurredOn,
        transaction.Details.CostCenterId,
        Category = EnumText.ToText(transaction.Details.Category),
        Direction = EnumText.ToText(transaction.Details.Direction),
        AmountMinor = transaction.Details.Amount.MinorUnits,
        transaction.Details.Amount.Currency,
        transaction.Details.CashAccountId,
        transaction.Details.Counterparty,
        transaction.Details.PartnerId,
        transaction.Details.Market,
        transaction.Details.Description,
        transaction.CreatedAt,
        transaction.UpdatedAt,
        transaction.Version,
        transaction.LoadedVersion,
    };
}
