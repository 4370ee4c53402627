namespace OpsPlan.Modules.Finance.Domain.Cash;

/// <summary>A bank or payment account: an opening balance on a day, then the transactions booked to it.</summary>
internal sealed record CashAccount(Guid Id, string Name, Money OpeningBalance, DateOnly OpenedOn, DateTime CreatedAt, DateTime UpdatedAt, long Version)
{
    public string Currency => OpeningBalance.Currency;

    public static CashAccount Open(string name, Money openingBalance, DateOnly openedOn, DateTime now) =>
        new(Ids.New(), name, openingBalance, openedOn, now, now, 1);
}
