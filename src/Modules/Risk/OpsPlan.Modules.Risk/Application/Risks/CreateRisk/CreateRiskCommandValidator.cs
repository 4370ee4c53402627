using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.CreateRisk;

internal sealed class CreateRiskCommandValidator : AbstractValidator<CreateRiskCommand>
{
    public CreateRiskCommandValidator()
    {
        RuleFor(command => command.Title).RiskTitle();
        RuleFor(command => command.Description).RiskDescription();
        RuleFor(command => command.Category).NotNull().IsInEnum();
        RuleFor(command => command.Owner).RiskOwner();
        RuleFor(command => command.Likelihood).ScoreFactor();
        RuleFor(command => command.Impact).ScoreFactor();
        this.ResidualPair(command => command.ResidualLikelihood, command => command.ResidualImpact);
    }
}
