using OpsPlan.Modules.Overseas.Contracts.Compliance;

namespace OpsPlan.Modules.Overseas.Application.Compliance.CreateComplianceItem;

internal sealed class CreateComplianceItemCommandValidator : AbstractValidator<CreateComplianceItemCommand>
{
    public CreateComplianceItemCommandValidator() => this.ItemFields(command => command.Fields);
}
