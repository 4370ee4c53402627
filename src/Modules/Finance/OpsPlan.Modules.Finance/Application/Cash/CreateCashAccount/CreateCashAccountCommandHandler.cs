using OpsPlan.Modules.Finance.Contracts.Cash;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash.CreateCashAccount;

/// <summary>Opens an account; its opening balance moves the runway, which is checked at once.</summary>
internal sealed class CreateCashAccountCommandHandler(ICashAccountRepository accounts, RunwayAlerts runway, IClock clock)
    : ICommandHandler<CreateCashAccountCommand, CashAccountDto>
{
    public async Task<CashAccountDto> Handle(CreateCashAccountCommand request, CancellationToken cancellationToken)
    {
        if (await accounts.NameTakenAsync(request.Name, cancellationToken))
        {
            throw new BusinessRuleException("finance.duplicate-name", $"A cash account named '{request.Name}' exists already.");
        }

        var account = CashAccount.Open(request.Name, request.OpeningBalance, request.OpenedOn, clock.UtcNow);
        await accounts.AddAsync(account, cancellationToken);
        await runway.EvaluateAsync(cancellationToken);
        return CashAccountRow.ToDto(account);
    }
}
