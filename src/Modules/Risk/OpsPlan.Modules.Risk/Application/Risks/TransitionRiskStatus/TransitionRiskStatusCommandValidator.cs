using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.TransitionRiskStatus;

internal sealed class TransitionRiskStatusCommandValidator : AbstractValidator<TransitionRiskStatusCommand>
{
    public TransitionRiskStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Reason).MaximumLength(RiskRules.RationaleMaxLength);
    }
}
