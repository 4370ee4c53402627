using OpsPlan.Modules.Risk.Contracts.Mitigations;

namespace OpsPlan.Modules.Risk.Application.Mitigations.UpdateMitigation;

internal sealed class UpdateMitigationCommandValidator : AbstractValidator<UpdateMitigationCommand>
{
    public UpdateMitigationCommandValidator() => this.MitigationDetails(command => command.Action, command => command.Owner);
}
