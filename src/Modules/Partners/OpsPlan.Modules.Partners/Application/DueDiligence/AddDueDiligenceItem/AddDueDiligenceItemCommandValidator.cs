using OpsPlan.Modules.Partners.Contracts.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.AddDueDiligenceItem;

internal sealed class AddDueDiligenceItemCommandValidator : AbstractValidator<AddDueDiligenceItemCommand>
{
    public AddDueDiligenceItemCommandValidator() =>
        RuleFor(command => command.Fields.Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
}
