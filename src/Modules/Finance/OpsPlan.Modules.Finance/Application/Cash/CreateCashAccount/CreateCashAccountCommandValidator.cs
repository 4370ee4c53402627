using OpsPlan.Modules.Finance.Contracts.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash.CreateCashAccount;

internal sealed class CreateCashAccountCommandValidator : AbstractValidator<CreateCashAccountCommand>
{
    public CreateCashAccountCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200).SingleLine();
        RuleFor(command => command.OpenedOn).NotEqual(default(DateOnly)).WithMessage("The day the opening balance was true is required.").WithinDateBounds();
    }
}
