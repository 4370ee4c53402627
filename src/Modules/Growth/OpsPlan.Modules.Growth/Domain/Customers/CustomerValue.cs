namespace OpsPlan.Modules.Growth.Domain.Customers;

/// <summary>What a customer has bought, kept as purchase events arrive: lifetime value in the module's currency (minor units).</summary>
internal sealed record CustomerValue(long LifetimeValueMinor, int PurchaseCount, DateTime? FirstPurchaseAt, DateTime? LastPurchaseAt)
{
    public static readonly CustomerValue None = new(0, 0, null, null);

    public CustomerValue WithPurchase(long valueMinor, DateTime occurredAt) => new(
        checked(LifetimeValueMinor + valueMinor),
        checked(PurchaseCount + 1),
        FirstPurchaseAt is { } first && first <= occurredAt ? first : occurredAt,
        LastPurchaseAt is { } last && last >= occurredAt ? last : occurredAt);

    /// <summary>Purchases per 30 days since sign-up (at least one day counted).</summary>
    public decimal FrequencyPer30Days(DateTime signedUpAt, DateTime now)
    {
        var days = Math.Max(1m, (decimal)(now - signedUpAt).TotalDays);
        return Math.Round(PurchaseCount * 30m / days, 4);
    }

    /// <summary>The share of purchases that were repeats: (count − 1) / count, 0 without purchases.</summary>
    public decimal RepurchaseRate => PurchaseCount == 0 ? 0m : Math.Round((PurchaseCount - 1m) / PurchaseCount, 4);
}
