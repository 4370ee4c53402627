using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.CreateFeedback;

internal sealed class CreateFeedbackCommandValidator : AbstractValidator<CreateFeedbackCommand>
{
    public CreateFeedbackCommandValidator(IClock clock) =>
        this.ContentFields(command => command.Fields.Source, command => command.Fields.Rating, command => command.Fields.Category, command => command.Fields.Text,
            command => command.Fields.ReceivedAt, clock);
}
