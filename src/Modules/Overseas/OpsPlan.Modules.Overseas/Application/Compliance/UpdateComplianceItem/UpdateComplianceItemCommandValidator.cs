using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance.UpdateComplianceItem;

internal sealed class UpdateComplianceItemCommandValidator : AbstractValidator<UpdateComplianceItemCommand>
{
    public UpdateComplianceItemCommandValidator() => this.ItemFields(command => command.Fields);
}
