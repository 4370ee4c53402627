using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Customers;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.IssueInviteCode;

internal sealed class IssueInviteCodeCommandHandler(IReferralRepository referrals, ICustomerRepository customers, IClock clock)
    : ICommandHandler<IssueInviteCodeCommand, InviteCodeIssueDto>
{
    // A collision among 31^12 codes is all but impossible; a few draws make it impossible in practice.
    private const int Draws = 5;

    public async Task<InviteCodeIssueDto> Handle(IssueInviteCodeCommand request, CancellationToken cancellationToken)
    {
        var program = await referrals.GetProgramAsync(request.ProgramId, null, cancellationToken);
        var customer = await customers.GetAsync(request.CustomerId, null, cancellationToken);
        if (await referrals.FindCodeOfAsync(program.Id, customer.Id, cancellationToken) is { } existing)
        {
            return new InviteCodeIssueDto(InviteCodeRow.ToDto(existing), false);
        }

        for (var draw = 0; draw < Draws; draw++)
        {
            var code = new InviteCode(InviteCode.NewCode(), program.Id, customer.Id, 0, 0, clock.UtcNow);
            if (await referrals.TryAddCodeAsync(code, cancellationToken))
            {
                return new InviteCodeIssueDto(InviteCodeRow.ToDto(code), true);
            }
        }

        throw new InvalidOperationException($"No free invite code after {Draws} draws.");
    }
}
