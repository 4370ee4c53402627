using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.UpdateExperiment;

internal sealed class UpdateExperimentCommandValidator : AbstractValidator<UpdateExperimentCommand>
{
    public UpdateExperimentCommandValidator() => this.DesignFields(command => command.Fields);
}
