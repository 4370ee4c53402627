using System.Globalization;
using System.Text.Json.Serialization;

namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// An exact amount in an ISO 4217 currency (<see cref="Currencies"/>). Stored as integer units of 1/10,000 of the
/// currency (<see cref="MinorUnits"/>, whatever its own minor unit) so that sums are exact on every database provider
/// and an FX-converted or unit-priced amount keeps four decimals; shown as a decimal string on the wire with at least
/// the currency's own decimals (EUR "12.50", JPY "1250", BHD "1.250").
/// </summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money
{
    public const int Scale = 4;

    /// <summary>
    /// No amount a client sends reaches 100,000,000,000 (eleven digits before the point): so 92,000 of the largest fit
    /// in one total (a long of 1/10,000 units), and a total that would overflow is refused, never turned into a float.
    /// </summary>
    public const decimal MaxAmount = 100_000_000_000m;
    private const decimal UnitsPerWhole = 10_000m;

    // By the currency's minor-unit digits: that many decimals always, up to the four stored.
    private static readonly string[] AmountFormats = ["0.####", "0.0###", "0.00##", "0.000#", "0.0000"];

    private Money(long minorUnits, string currency)
    {
        MinorUnits = minorUnits;
        Currency = currency;
    }

    public long MinorUnits { get; }

    public string Currency { get; }

    public decimal Amount => MinorUnits / UnitsPerWhole;

    public static Money Of(decimal amount, string currency)
    {
        if (decimal.Round(amount, Scale) != amount)
        {
            throw new ArgumentException($"An amount has at most {Scale} decimal places.", nameof(amount));
        }

        return new Money(checked((long)(amount * UnitsPerWhole)), NormalizeCurrency(currency));
    }

    public static Money FromMinorUnits(long minorUnits, string currency) => new(minorUnits, NormalizeCurrency(currency));

    public static bool TryParse(string? amount, string? currency, out Money money)
    {
        money = default;
        if (amount is null || currency is null || !IsCurrencyCode(currency)
            || !decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || decimal.Round(value, Scale) != value
            || Math.Abs(value) >= MaxAmount)
        {
            return false;
        }

        money = Of(value, currency);
        return true;
    }

    public static bool IsCurrencyCode(string? code) => Currencies.IsKnown(code);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(checked(MinorUnits + other.MinorUnits), Currency);
    }

    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(checked(MinorUnits - other.MinorUnits), Currency);
    }

    public string ToAmountString() => Amount.ToString(AmountFormats[Currencies.MinorUnitDigits(Currency)], CultureInfo.InvariantCulture);

    public override string ToString() => $"{ToAmountString()} {Currency}";

    private void EnsureSameCurrency(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }

    private static string NormalizeCurrency(string currency) =>
        IsCurrencyCode(currency) ? currency : throw new ArgumentException(Currencies.Explanation, nameof(currency));
}
