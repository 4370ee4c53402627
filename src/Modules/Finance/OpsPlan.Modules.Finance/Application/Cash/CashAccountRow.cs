using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash;

internal sealed class CashAccountRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, name AS Name, currency AS Currency, opening_balance_minor AS OpeningBalanceMinor, opened_on AS OpenedOn,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM finance.cash_accounts
        """;

    public string Name { get; init; } = "";

    public string Currency { get; init; } = "";

    public long OpeningBalanceMinor { get; init; }

    public DateOnly OpenedOn { get; init; }

    public CashAccount ToDomain() => new(Id, Name, Money.FromMinorUnits(OpeningBalanceMinor, Currency), OpenedOn, CreatedAt, UpdatedAt, Version);

    public CashAccountDto ToDto() => ToDto(ToDomain());

    public static CashAccountDto ToDto(CashAccount account) => new()
    {
        Id = account.Id,
        Name = account.Name,
        Currency = account.Currency,
        OpeningBalance = account.OpeningBalance,
        OpenedOn = account.OpenedOn,
        CreatedAt = account.CreatedAt,
        UpdatedAt = account.UpdatedAt,
        Version = account.Version,
    };

    public static object Parameters(CashAccount account) => new
    {
        account.Id,
        account.Name,
        account.Currency,
        OpeningBalanceMinor = account.OpeningBalance.MinorUnits,
        account.OpenedOn,
        account.CreatedAt,
        account.UpdatedAt,
        account.Version,
    };
}
