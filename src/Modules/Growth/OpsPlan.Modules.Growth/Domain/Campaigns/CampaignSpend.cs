using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Campaigns;

/// <summary>Money spent on a campaign, booked in Finance after the fact: pending until Finance answers, then booked or failed.</summary>
internal sealed class CampaignSpend : AggregateRoot
{
    private CampaignSpend(AggregateState state, Guid campaignId, Money amount, DateOnly spentOn, Guid costCenterId, string description, SpendBooking booking,
        Guid? financeTransactionId, string? bookingError)
        : base(state)
    {
        CampaignId = campaignId;
        Amount = amount;
        SpentOn = spentOn;
        CostCenterId = costCenterId;
        Description = description;
        Booking = booking;
        FinanceTransactionId = financeTransactionId;
        BookingError = bookingError;
    }

    public Guid CampaignId { get; }

    public Money Amount { get; }

    public DateOnly SpentOn { get; }

    public Guid CostCenterId { get; }

    public string Description { get; }

    public SpendBooking Booking { get; private set; }

    public Guid? FinanceTransactionId { get; private set; }

    public string? BookingError { get; private set; }

    /// <summary>The Finance transaction's external id: the same entry is never booked twice, however often delivery is retried.</summary>
    public string FinanceExternalId => "growth-campaign-spend-" + Id.ToString("N");

    public static CampaignSpend Record(Guid campaignId, Money amount, DateOnly spentOn, Guid costCenterId, string description, DateTime now) =>
        new(AggregateState.New(now), campaignId, amount, spentOn, costCenterId, description, SpendBooking.Pending, null, null);

    public static CampaignSpend Restore(AggregateState state, Guid campaignId, Money amount, DateOnly spentOn, Guid costCenterId, string description,
        SpendBooking booking, Guid? financeTransactionId, string? bookingError) =>
        new(state, campaignId, amount, spentOn, costCenterId, description, booking, financeTransactionId, bookingError);

    public void Booked(Guid transactionId, DateTime now)
    {
        Booking = SpendBooking.Booked;
        FinanceTransactionId = transactionId;
        BookingError = null;
        Touch(now);
    }

    public void Refused(string error, DateTime now)
    {
        Booking = SpendBooking.Failed;
        BookingError = error;
        Touch(now);
    }
}
