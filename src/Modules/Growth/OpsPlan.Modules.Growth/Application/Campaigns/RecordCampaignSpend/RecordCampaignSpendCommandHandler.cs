using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.Modules.Finance.Contracts.CostCenters;
using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Contracts.Events;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns.RecordCampaignSpend;

/// <summary>
/// Records the spend and, in the same transaction, the event that books it in Finance: a command cannot write to two
/// modules at once, so Finance gets it at least once through the outbox and its external id keeps it from booking twice.
/// </summary>
internal sealed class RecordCampaignSpendCommandHandler(ICampaignRepository campaigns, IDispatcher dispatcher, IOutbox outbox, IClock clock)
    : ICommandHandler<RecordCampaignSpendCommand, CampaignSpendDto>
{
    public const string NoBudget = "growth.campaign-without-budget";

    public async Task<CampaignSpendDto> Handle(RecordCampaignSpendCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetAsync(request.CampaignId, null, cancellationToken);
        if (campaign.Plan.Budget is not { } budget)
        {
            throw new BusinessRuleException(NoBudget, "A campaign without a budget takes no spend.", ["Give the draft a budget first."]);
        }

        if (request.Amount.Currency != budget.Currency)
        {
            throw RequestValidationException.For("amount.currency", $"Spend is in {budget.Currency}, the currency of the campaign's budget.");
        }

        await EnsureCostCenterAsync(request.CostCenterId, cancellationToken);
        var spend = CampaignSpend.Record(campaign.Id, request.Amount, request.SpentOn, request.CostCenterId, request.Description, clock.UtcNow);
        await campaigns.AddSpendAsync(spend, cancellationToken);
        await outbox.EnqueueAsync(new CampaignSpendRecorded(spend.Id, campaign.Id), cancellationToken);
        return CampaignSpendRow.ToDto(spend);
    }

    // Finance's public query: an unknown cost center is a bad field now, not a failed booking later.
    private async Task EnsureCostCenterAsync(Guid costCenterId, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.QueryAsync(new GetCostCenterQuery(costCenterId), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw RequestValidationException.For("costCenterId", "No cost center has this id.");
        }
    }
}
