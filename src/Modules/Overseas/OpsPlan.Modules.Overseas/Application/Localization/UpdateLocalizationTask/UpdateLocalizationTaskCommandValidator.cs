using OpsPlan.Modules.Overseas.Contracts.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization.UpdateLocalizationTask;

internal sealed class UpdateLocalizationTaskCommandValidator : AbstractValidator<UpdateLocalizationTaskCommand>
{
    public UpdateLocalizationTaskCommandValidator() => this.TaskFields(command => command.Fields);
}
