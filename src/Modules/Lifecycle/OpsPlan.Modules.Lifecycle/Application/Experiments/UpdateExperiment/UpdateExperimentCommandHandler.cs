using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.UpdateExperiment;

internal sealed class UpdateExperimentCommandHandler(IExperimentRepository experiments, IOptions<LifecycleOptions> options, IClock clock)
    : ICommandHandler<UpdateExperimentCommand, ExperimentDto>
{
    public async Task<ExperimentDto> Handle(UpdateExperimentCommand request, CancellationToken cancellationToken)
    {
        var experiment = await experiments.GetAsync(request.ProductId, request.Id, request.ExpectedVersion, cancellationToken);
        experiment.Redesign(ExperimentRules.DesignOf(request.Fields, options.Value.MinimumSampleSize), request.Fields.Variants, clock.UtcNow);
        await experiments.UpdateAsync(experiment, cancellationToken);
        return ExperimentRow.ToDto(experiment);
    }
}
