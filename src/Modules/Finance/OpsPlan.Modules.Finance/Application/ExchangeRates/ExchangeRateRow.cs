using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.ExchangeRates;

internal sealed class ExchangeRateRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, currency AS Currency, effective_on AS EffectiveOn, rate_scaled AS RateScaled,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM finance.exchange_rates
        """;

    public string Currency { get; init; } = "";

    public DateOnly EffectiveOn { get; init; }

    public long RateScaled { get; init; }

    public ExchangeRateDto ToDto(string reportingCurrency) => new()
    {
        Id = Id,
        Currency = Currency,
        ReportingCurrency = reportingCurrency,
        EffectiveOn = EffectiveOn,
        Rate = new ExchangeRate(RateScaled).ToString(),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        Version = Version,
    };
}
