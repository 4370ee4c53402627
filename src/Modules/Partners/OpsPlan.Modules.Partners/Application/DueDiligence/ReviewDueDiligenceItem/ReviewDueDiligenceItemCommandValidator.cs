using OpsPlan.Modules.Partners.Contracts.DueDiligence;

namespace OpsPlan.Modules.Partners.Application.DueDiligence.ReviewDueDiligenceItem;

internal sealed class ReviewDueDiligenceItemCommandValidator : AbstractValidator<ReviewDueDiligenceItemCommand>
{
    public ReviewDueDiligenceItemCommandValidator()
    {
        RuleFor(command => command.Decision).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}
