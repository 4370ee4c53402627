using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.UpdateReferralProgram;

internal sealed class UpdateReferralProgramCommandValidator : AbstractValidator<UpdateReferralProgramCommand>
{
    public UpdateReferralProgramCommandValidator()
    {
        this.TermsFields(UpdateReferralProgramCommandHandler.TermsOf);
        RuleFor(command => command.Trigger).NotNull();
    }
}
