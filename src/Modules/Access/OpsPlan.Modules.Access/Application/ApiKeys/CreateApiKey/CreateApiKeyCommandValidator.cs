using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Access.Contracts.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    private static readonly IReadOnlyList<string> KeyRoles = [.. Roles.All.Where(role => role != Roles.Admin)];

    public CreateApiKeyCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200).SingleLine();
        RuleFor(command => command.Roles).NotEmpty().WithMessage("A key carries at least one role, normally integrator.");
        RuleForEach(command => command.Roles).Must(role => KeyRoles.Contains(role))
            .WithMessage(_ => "A key's role is one of: " + string.Join(", ", KeyRoles) + ". Admin is for people: a leaked key must never administer.");
        RuleFor(command => command.Roles).Must(roles => roles!.All(role => role == Roles.Partner))
            .When(command => command.Roles is { Count: > 0 } roles && roles.Contains(Roles.Partner))
            .WithMessage("A partner's key carries the partner role alone: least privilege.");
        RuleFor(command => command.PartnerId).NotNull().When(command => command.Roles?.Contains(Roles.Partner) == true)
            .WithMessage("A partner's key names its partner: partnerId.");
        RuleFor(command => command.PartnerId).Null().When(command => command.Roles?.Contains(Roles.Partner) != true)
            .WithMessage("Only a key with the partner role is scoped to a partner.");
    }
}
