using System.Globalization;
using System.Numerics;

namespace OpsPlan.Modules.Finance.Domain.Cash;

/// <summary>
/// How many units of the reporting currency one unit of a currency is worth, stored as an integer of 1/10^10 so that
/// conversions are exact integer arithmetic on every provider.
/// </summary>
internal readonly record struct ExchangeRate(long Scaled)
{
    public const int Scale = 10;
    private const decimal UnitsPerWhole = 10_000_000_000m;
    private const decimal Largest = 900_000_000m;

    public static readonly ExchangeRate One = new((long)UnitsPerWhole);

    public decimal Value => Scaled / UnitsPerWhole;

    public static bool TryParse(string? text, out ExchangeRate rate)
    {
        rate = default;
        if (text is null || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value <= 0 || value > Largest || decimal.Round(value, Scale) != value)
        {
            return false;
        }

        rate = new ExchangeRate((long)(value * UnitsPerWhole));
        return true;
    }

    public static ExchangeRate Parse(string text) => TryParse(text, out var rate) ? rate : throw new FormatException($"'{text}' is not an exchange rate.");

    public override string ToString() => Value.ToString("0.0###########", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="amount"/> (worth <paramref name="from"/> each) in a currency worth <paramref name="to"/> each,
    /// rounded half away from zero to the minor unit.
    /// </summary>
    public static Money Convert(Money amount, ExchangeRate from, ExchangeRate to, string currency)
    {
        var numerator = new BigInteger(amount.MinorUnits) * from.Scaled;
        var quotient = BigInteger.DivRem(numerator, to.Scaled, out var remainder);
        if (BigInteger.Abs(remainder) * 2 >= to.Scaled)
        {
            quotient += numerator.Sign;
        }

        if (quotient > long.MaxValue || quotient < long.MinValue)
        {
            throw new BusinessRuleException("finance.amount-too-large", "A converted amount is too large to represent.");
        }

        return Money.FromMinorUnits((long)quotient, currency);
    }
}
