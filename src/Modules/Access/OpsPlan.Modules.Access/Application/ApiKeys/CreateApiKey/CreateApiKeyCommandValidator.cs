using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    private static readonly IReadOnlyList<string> KeyRoles = [.. OpsPlan.BuildingBlocks.Application.Security.Roles.All.Where(role => role != OpsPlan.BuildingBlocks.Application.Security.Roles.Admin)];

    public CreateApiKeyCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200).SingleLine();
        RuleFor(command => command.Roles).NotEmpty().WithMessage("A key carries at least one role, normally integrator.");
        RuleForEach(command => command.Roles).Must(role => KeyRoles.Contains(role))
            .WithMessage(_ => "A key's role is one of: " + string.Join(", ", KeyRoles) + ". Admin is for people: a leaked key must never administer.");
    }
}
