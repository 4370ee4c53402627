using OpsPlan.Modules.Growth.Contracts.Referrals;

namespace OpsPlan.Modules.Growth.Application.Referrals.CreateReferralProgram;

internal sealed class CreateReferralProgramCommandValidator : AbstractValidator<CreateReferralProgramCommand>
{
    public CreateReferralProgramCommandValidator()
    {
        this.TermsFields(CreateReferralProgramCommandHandler.TermsOf);
        RuleFor(command => command.Trigger).NotNull();
    }
}
