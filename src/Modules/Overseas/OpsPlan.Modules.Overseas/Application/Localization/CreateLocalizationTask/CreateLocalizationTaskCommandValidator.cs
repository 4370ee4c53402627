using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.CreateLocalizationTask;

internal sealed class CreateLocalizationTaskCommandValidator : AbstractValidator<CreateLocalizationTaskCommand>
{
    public CreateLocalizationTaskCommandValidator() => this.TaskFields(command => command.Fields);
}
