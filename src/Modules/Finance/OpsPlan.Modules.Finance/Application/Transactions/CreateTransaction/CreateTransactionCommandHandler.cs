using OpsPlan.Modules.Finance.Contracts.Transactions;
using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.CreateTransaction;

internal sealed class CreateTransactionCommandHandler(ITransactionRepository transactions, TransactionBook book, IClock clock)
    : ICommandHandler<CreateTransactionCommand, TransactionDto>
{
    public async Task<TransactionDto> Handle(CreateTransactionCommand request, CancellationToken cancellationToken)
    {
        var details = request.Details();
        var referenceErrors = await book.CheckReferencesAsync([(0, details)], cancellationToken);
        if (referenceErrors.TryGetValue(0, out var errors))
        {
            throw new RequestValidationException(errors);
        }

        if (request.ExternalId is { } externalId && await transactions.ExternalIdTakenAsync(externalId, cancellationToken))
        {
            throw new BusinessRuleException("finance.duplicate-external-id", $"A transaction with external id '{externalId}' exists already.",
                ["Change it through the batch endpoint, which upserts by external id."]);
        }

        var transaction = Transaction.Record(request.ExternalId, details, clock.UtcNow);
        await book.SaveAsync([transaction], [], cancellationToken);
        return TransactionRow.ToDto(transaction);
    }
}
