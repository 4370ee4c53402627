using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.UpdateCostCenter;

internal sealed class UpdateCostCenterCommandValidator : AbstractValidator<UpdateCostCenterCommand>
{
    public UpdateCostCenterCommandValidator() =>
        this.CostCenterDetails(command => command.Name, command => command.Owner, command => command.ParentId);
}
