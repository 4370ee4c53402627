using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>A row of <c>growth.campaign_spend</c>.</summary>
internal sealed class CampaignSpendRow : VersionedRow
{
    public const string SelectFromSql = """
        SELECT id AS Id, campaign_id AS CampaignId, amount_minor AS AmountMinor, currency AS Currency, spent_on AS SpentOn, cost_center_id AS CostCenterId,
               description AS Description, booking AS Booking, finance_transaction_id AS FinanceTransactionId, booking_error AS BookingError,
               created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version
        FROM growth.campaign_spend
        """;

    public Guid CampaignId { get; init; }

    public long AmountMinor { get; init; }

    public string Currency { get; init; } = "";

    public DateOnly SpentOn { get; init; }

    public Guid CostCenterId { get; init; }

    public string Description { get; init; } = "";

    public string Booking { get; init; } = "";

    public Guid? FinanceTransactionId { get; init; }

    public string? BookingError { get; init; }

    public CampaignSpend ToDomain() => CampaignSpend.Restore(State, CampaignId, Money.FromMinorUnits(AmountMinor, Currency), SpentOn, CostCenterId, Description,
        EnumText.Parse<SpendBooking>(Booking), FinanceTransactionId, BookingError);

    public CampaignSpendDto ToDto() => ToDto(ToDomain());

    public static CampaignSpendDto ToDto(CampaignSpend spend) => new(spend.Id, spend.CampaignId, spend.Amount, spend.SpentOn, spend.CostCenterId, spend.Description,
        spend.Booking, spend.FinanceTransactionId, spend.BookingError, spend.CreatedAt, spend.UpdatedAt);

    public static object Parameters(CampaignSpend spend) => new
    {
        spend.Id,
        spend.CampaignId,
        AmountMinor = spend.Amount.MinorUnits,
        spend.Amount.Currency,
        spend.SpentOn,
        spend.CostCenterId,
        spend.Description,
        Booking = EnumText.ToText(spend.Booking),
        spend.FinanceTransactionId,
        spend.BookingError,
        spend.CreatedAt,
        spend.UpdatedAt,
        spend.Version,
        spend.LoadedVersion,
    };
}
