using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.AssessRisk;

internal sealed class AssessRiskCommandValidator : AbstractValidator<AssessRiskCommand>
{
    public AssessRiskCommandValidator()
    {
        RuleFor(command => command.Likelihood).ScoreFactor();
        RuleFor(command => command.Impact).ScoreFactor();
        this.ResidualPair(command => command.ResidualLikelihood, command => command.ResidualImpact);
        RuleFor(command => command.Rationale).NotEmpty().MaximumLength(RiskRules.RationaleMaxLength);
    }
}
