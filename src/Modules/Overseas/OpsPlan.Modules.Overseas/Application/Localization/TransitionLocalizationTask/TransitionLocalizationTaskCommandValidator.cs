using OpsPlan.Modules.Overseas.Contracts;
using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.TransitionLocalizationTask;

internal sealed class TransitionLocalizationTaskCommandValidator : AbstractValidator<TransitionLocalizationTaskCommand>
{
    public TransitionLocalizationTaskCommandValidator()
    {
        RuleFor(command => command.Status).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(1000);
        RuleFor(command => command.Note).NotEmpty().When(command => command.Status == LocalizationTaskStatus.Blocked)
            .WithMessage("Say what blocks the task: whoever can unblock it reads this.");
    }
}
