using OpsPlan.Modules.Finance.Contracts.CostCenters;

namespace OpsPlan.Modules.Finance.Application.CostCenters.CreateCostCenter;

internal sealed class CreateCostCenterCommandValidator : AbstractValidator<CreateCostCenterCommand>
{
    public CreateCostCenterCommandValidator()
    {
        RuleFor(command => command.Code).NotEmpty().Matches("^[A-Z0-9-]{2,20}$")
            .WithMessage("A code is 2-20 upper-case letters, digits and dashes, such as MKT-EU.");
        this.CostCenterDetails(command => command.Name, command => command.Owner, command => command.ParentId);
    }
}
