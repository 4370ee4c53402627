using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.TransitionProductStage;

internal sealed class TransitionProductStageCommandValidator : AbstractValidator<TransitionProductStageCommand>
{
    public TransitionProductStageCommandValidator()
    {
        RuleFor(command => command.Stage).NotNull().IsInEnum();
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(1000).WithMessage("Say why the product moves (1-1,000 characters): the history keeps it.");
    }
}
