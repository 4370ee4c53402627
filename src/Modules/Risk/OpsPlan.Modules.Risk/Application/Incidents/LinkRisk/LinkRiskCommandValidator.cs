using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Modules.Risk.Application.Incidents.LinkRisk;

internal sealed class LinkRiskCommandValidator : AbstractValidator<LinkRiskCommand>
{
    public LinkRiskCommandValidator() => RuleFor(command => command.RiskId).NotNull().NotEqual(Guid.Empty);
}
