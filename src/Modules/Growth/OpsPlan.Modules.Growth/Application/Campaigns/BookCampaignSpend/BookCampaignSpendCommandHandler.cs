using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.BookCampaignSpend;

internal sealed class BookCampaignSpendCommandHandler(ICampaignRepository campaigns, IClock clock) : ICommandHandler<BookCampaignSpendCommand, bool>
{
    public async Task<bool> Handle(BookCampaignSpendCommand request, CancellationToken cancellationToken)
    {
        var spend = await campaigns.GetSpendAsync(request.SpendId, cancellationToken);
        if (spend.Booking != SpendBooking.Pending)
        {
            return false;
        }

        if (request.TransactionId is { } transactionId)
        {
            spend.Booked(transactionId, clock.UtcNow);
        }
        else
        {
            spend.Refused(request.Error ?? "Finance refused the transaction.", clock.UtcNow);
        }

        await campaigns.UpdateSpendAsync(spend, cancellationToken);
        return true;
    }
}
