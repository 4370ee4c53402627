using OpsPlan.Modules.Growth.Contracts.Referrals;
using OpsPlan.Modules.Growth.Domain.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.UpdateReferralProgram;

internal sealed class UpdateReferralProgramCommandHandler(IReferralRepository referrals, IClock clock) : ICommandHandler<UpdateReferralProgramCommand, ReferralProgramDto>
{
    public static ReferralTerms TermsOf(UpdateReferralProgramCommand command) => ReferralProgramRules.TermsOf(command.Name, command.Reward, command.Trigger,
        command.PerReferrerCap, command.ProgramCap, command.StartsAt, command.EndsAt);

    public async Task<ReferralProgramDto> Handle(UpdateReferralProgramCommand request, CancellationToken cancellationToken)
    {
        var program = await referrals.GetProgramAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (await referrals.NameTakenAsync(request.Name, program.Id, cancellationToken))
        {
            throw ReferralProgramRules.NameTaken();
        }

        program.Change(TermsOf(request), clock.UtcNow);
        await referrals.UpdateProgramAsync(program, cancellationToken);
        return ReferralProgramRow.ToDto(program);
    }
}
