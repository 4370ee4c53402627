using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.CreateRequirement;

internal sealed class CreateRequirementCommandValidator : AbstractValidator<CreateRequirementCommand>
{
    public CreateRequirementCommandValidator() => this.RequirementFields(command => command.Fields);
}
