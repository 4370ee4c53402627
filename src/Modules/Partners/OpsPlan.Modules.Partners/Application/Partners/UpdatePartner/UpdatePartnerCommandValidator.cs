using OpsPlan.Modules.Partners.Contracts.Partners;

namespace OpsPlan.Modules.Partners.Application.Partners.UpdatePartner;

internal sealed class UpdatePartnerCommandValidator : AbstractValidator<UpdatePartnerCommand>
{
    public UpdatePartnerCommandValidator() => this.PartnerFields(command => command.Fields);
}
