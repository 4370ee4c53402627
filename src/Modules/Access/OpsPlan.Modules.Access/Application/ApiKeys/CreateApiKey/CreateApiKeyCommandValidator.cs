using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Roles).NotEmpty().WithMessage("A key carries at least one role, normally integrator.");
        RuleForEach(command => command.Roles).Must(role => OpsPlan.BuildingBlocks.Application.Security.Roles.All.Contains(role))
            .WithMessage(_ => "A role is one of: " + string.Join(", ", OpsPlan.BuildingBlocks.Application.Security.Roles.All) + ".");
    }
}
