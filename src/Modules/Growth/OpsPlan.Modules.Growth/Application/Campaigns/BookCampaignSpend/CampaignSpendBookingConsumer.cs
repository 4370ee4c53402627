using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.Modules.Finance.Contracts;
using OpsPlan.Modules.Finance.Contracts.Transactions;
using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Events;

namespace OpsPlan.Modules.Growth.Application.Campaigns.BookCampaignSpend;

/// <summary>
/// Books a spend entry in Finance through Finance's public command, then records the answer in Growth. It opens no
/// unit of work of its own (each command has its own, in its own module), so instead of the inbox it is idempotent
/// step by step: the transaction's external id is the entry's, so a redelivery finds the booking instead of making a
/// second one, and recording the answer changes nothing once the entry is no longer pending.
/// </summary>
internal sealed class CampaignSpendBookingConsumer(IDbConnectionFactory connectionFactory, IDispatcher dispatcher) : IIntegrationEventHandler<CampaignSpendRecorded>
{
    private const string DuplicateExternalId = "finance.duplicate-external-id";
    private const string SpendSql = CampaignSpendRow.SelectFromSql + " WHERE id = @Id";
    private const string CampaignNameSql = "SELECT name FROM growth.campaigns WHERE id = @Id";

    public async Task Handle(CampaignSpendRecorded notification, CancellationToken cancellationToken)
    {
        string name;
        CampaignSpendRow? row;
        await using (var connection = await connectionFactory.OpenAsync(cancellationToken))
        {
            row = await connection.QuerySingleOrDefaultAsync<CampaignSpendRow>(new CommandDefinition(SpendSql, new { Id = notification.SpendId }, cancellationToken: cancellationToken));
            name = await connection.ExecuteScalarAsync<string>(new CommandDefinition(CampaignNameSql, new { Id = notification.CampaignId }, cancellationToken: cancellationToken)) ?? "";
        }

        if (row?.ToDomain() is not { Booking: SpendBooking.Pending } spend)
        {
            return;
        }

        var booking = new CreateTransactionCommand(spend.FinanceExternalId, spend.SpentOn, spend.CostCenterId, SpendCategory.Marketing, TransactionDirection.Outflow,
            spend.Amount, null, null, null, $"Campaign '{name}': {spend.Description}");
        Guid? transactionId = null;
        string? error = null;
        try
        {
            transactionId = (await dispatcher.SendAsync(booking, cancellationToken)).Id;
        }
        catch (BusinessRuleException duplicate) when (duplicate.Code == DuplicateExternalId)
        {
            // Booked by an earlier delivery that did not get to record the answer.
            var booked = await dispatcher.QueryAsync(new ListTransactionsQuery(ExternalId: spend.FinanceExternalId, Limit: 1), cancellationToken);
            transactionId = booked.Items[0].Id;
        }
        catch (BusinessRuleException refused)
        {
            error = refused.Message;
        }
        catch (RequestValidationException invalid)
        {
            error = string.Join(" ", invalid.Errors.SelectMany(field => field.Value.Select(message => $"{field.Key}: {message}")));
        }
        catch (NotFoundException missing)
        {
            error = missing.Message;
        }

        await dispatcher.SendAsync(new BookCampaignSpendCommand(spend.Id, transactionId, error), cancellationToken);
    }
}
