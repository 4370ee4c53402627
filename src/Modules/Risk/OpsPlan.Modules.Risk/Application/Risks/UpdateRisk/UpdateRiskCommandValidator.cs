using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.UpdateRisk;

internal sealed class UpdateRiskCommandValidator : AbstractValidator<UpdateRiskCommand>
{
    public UpdateRiskCommandValidator()
    {
        RuleFor(command => command.Title).RiskTitle();
        RuleFor(command => command.Description).RiskDescription();
        RuleFor(command => command.Category).NotNull().IsInEnum();
        RuleFor(command => command.Owner).RiskOwner();
    }
}
