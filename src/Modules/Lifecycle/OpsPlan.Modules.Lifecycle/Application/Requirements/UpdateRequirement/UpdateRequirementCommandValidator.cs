using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.UpdateRequirement;

internal sealed class UpdateRequirementCommandValidator : AbstractValidator<UpdateRequirementCommand>
{
    public UpdateRequirementCommandValidator() => this.RequirementFields(command => command.Fields);
}
