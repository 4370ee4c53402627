using OpsPlan.Modules.Finance.Contracts.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions.CreateTransaction;

internal sealed class CreateTransactionCommandValidator : AbstractValidator<CreateTransactionCommand>
{
    public CreateTransactionCommandValidator()
    {
        RuleFor(command => command.ExternalId).ExternalId().When(command => command.ExternalId is not null);
        this.TransactionFields(command => command.Details());
    }
}
