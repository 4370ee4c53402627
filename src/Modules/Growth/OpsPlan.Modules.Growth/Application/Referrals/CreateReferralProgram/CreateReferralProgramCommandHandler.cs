using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.CreateReferralProgram;

internal sealed class CreateReferralProgramCommandHandler(IReferralRepository referrals, IClock clock) : ICommandHandler<CreateReferralProgramCommand, ReferralProgramDto>
{
    public static ReferralTerms TermsOf(CreateReferralProgramCommand command) => ReferralProgramRules.TermsOf(command.Name, command.Reward, command.Trigger,
        command.PerReferrerCap, command.ProgramCap, command.StartsAt, command.EndsAt);

    public async Task<ReferralProgramDto> Handle(CreateReferralProgramCommand request, CancellationToken cancellationToken)
    {
        if (await referrals.NameTakenAsync(request.Name, null, cancellationToken))
        {
            throw ReferralProgramRules.NameTaken();
        }

        var program = ReferralProgram.Start(TermsOf(request), clock.UtcNow);
        await referrals.AddProgramAsync(program, cancellationToken);
        return ReferralProgramRow.ToDto(program);
    }
}
