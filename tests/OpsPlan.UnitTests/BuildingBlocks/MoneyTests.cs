using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class MoneyTests
{
    [Test]
    public void Ten_thousand_additions_of_ten_and_twenty_cents_are_exact()
    {
        var total = Money.Of(0m, "USD");
        for (var i = 0; i < 10_000; i++)
        {
            total = total.Add(Money.Of(0.10m, "USD")).Add(Money.Of(0.20m, "USD"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(total.Amount, Is.EqualTo(3000.00m));
            Assert.That(total.MinorUnits, Is.EqualTo(30_000_000));
            Assert.That(total.ToAmountString(), Is.EqualTo("3000.00"));
        });
    }

    [TestCase("1234.5", "USD", true, "1234.50")]
    [TestCase("-0.0001", "EUR", true, "-0.0001")]
    [TestCase("12.34567", "USD", false, null)]
    [TestCase("abc", "USD", false, null)]
    [TestCase("1e3", "USD", false, null)]
    [TestCase("10", "usd", false, null)]
    [TestCase("10", "US", false, null)]
    public void Parsing_accepts_at_most_four_decimals_and_an_iso_currency(string amount, string currency, bool valid, string? shown)
    {
        var parsed = Money.TryParse(amount, currency, out var money);

        Assert.That(parsed, Is.EqualTo(valid));
        if (valid)
        {
            Assert.That(money.ToAmountString(), Is.EqualTo(shown));
        }
    }

    [Test]
    public void Stored_minor_units_read_back_as_the_same_amount_and_subtraction_is_exact()
    {
        var budget = Money.Of(1234.5678m, "EUR");

        var stored = Money.FromMinorUnits(budget.MinorUnits, budget.Currency);
        var remaining = stored.Subtract(Money.Of(0.0078m, "EUR"));

        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(budget));
            Assert.That(remaining.ToAmountString(), Is.EqualTo("1234.56"));
        });
    }

    [Test]
    public void Different_currencies_do_not_mix()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "USD").Add(Money.Of(1m, "EUR")));
    }

    [TestCase("USD", true)]
    [TestCase("EUR", true)]
    [TestCase("JPY", true)]
    [TestCase("XXQ", false)]
    [TestCase("QQQ", false)]
    [TestCase("XXX", false)]
    [TestCase("XAU", false)]
    [TestCase("usd", false)]
    [TestCase("US", false)]
    public void Only_ISO_4217_currencies_in_circulation_are_money(string code, bool known)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Currencies.IsKnown(code), Is.EqualTo(known));
            Assert.That(Money.TryParse("1.00", code, out _), Is.EqualTo(known));
        });
        if (!known)
        {
            Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, code));
        }
    }

    [TestCase("1250", "JPY", "1250")]
    [TestCase("12.5", "EUR", "12.50")]
    [TestCase("1.25", "BHD", "1.250")]
    [TestCase("0.1234", "USD", "0.1234")]
    [TestCase("1.5", "CLF", "1.5000")]
    public void Amounts_are_shown_with_at_least_the_currency_s_own_decimals(string amount, string currency, string shown)
    {
        Assert.That(Money.TryParse(amount, currency, out var money), Is.True);
        Assert.That(money.ToAmountString(), Is.EqualTo(shown));
    }
}
