using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements.UpdateAgreement;

internal sealed class UpdateAgreementCommandValidator : AbstractValidator<UpdateAgreementCommand>
{
    public UpdateAgreementCommandValidator() => this.AgreementFields(command => command.Fields);
}
