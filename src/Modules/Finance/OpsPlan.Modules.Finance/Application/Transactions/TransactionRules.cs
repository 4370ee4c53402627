using OpsPlan.Modules.Finance.Domain.Transactions;

namespace OpsPlan.Modules.Finance.Application.Transactions;

internal static class TransactionRules
{
    /// <summary>The rules a transaction's fields follow, whether created one by one or synced in a batch.</summary>
    public static void TransactionFields<T>(this AbstractValidator<T> validator, Func<T, TransactionDetails> details)
    {
        validator.RuleFor(item => details(item).OccurredOn).NotEqual(default(DateOnly)).WithMessage("The day the transaction happened is required.")
            .WithinDateBounds().OverridePropertyName("occurredOn");
        validator.RuleFor(item => details(item).CostCenterId).NotEmpty().OverridePropertyName("costCenterId");
        validator.RuleFor(item => details(item).Category).IsInEnum().OverridePropertyName("category");
        validator.RuleFor(item => details(item).Direction).IsInEnum().OverridePropertyName("direction");
        validator.RuleFor(item => details(item).Amount.MinorUnits).GreaterThan(0).OverridePropertyName("amount")
            .WithMessage("An amount is above zero; the direction says whether money went out or came in.");
        validator.RuleFor(item => details(item).CashAccountId).NotEqual(Guid.Empty).OverridePropertyName("cashAccountId");
        validator.RuleFor(item => details(item).PartnerId).NotEqual(Guid.Empty).OverridePropertyName("partnerId");
        validator.RuleFor(item => details(item).Market).Must(Countries.IsKnown).When(item => details(item).Market is not null).WithMessage(Countries.Explanation)
            .OverridePropertyName("market");
        validator.RuleFor(item => details(item).Counterparty).MaximumLength(200).SingleLine().OverridePropertyName("counterparty");
        validator.RuleFor(item => details(item).Description).NotEmpty().MaximumLength(1000).OverridePropertyName("description");
    }
}
