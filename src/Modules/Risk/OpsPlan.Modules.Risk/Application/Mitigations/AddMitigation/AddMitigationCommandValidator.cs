using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.AddMitigation;

internal sealed class AddMitigationCommandValidator : AbstractValidator<AddMitigationCommand>
{
    public AddMitigationCommandValidator() => this.MitigationDetails(command => command.Action, command => command.Owner);
}
