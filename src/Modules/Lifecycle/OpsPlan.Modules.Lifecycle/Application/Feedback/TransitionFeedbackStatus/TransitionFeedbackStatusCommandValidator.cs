using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.TransitionFeedbackStatus;

internal sealed class TransitionFeedbackStatusCommandValidator : AbstractValidator<TransitionFeedbackStatusCommand>
{
    public TransitionFeedbackStatusCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
    }
}
