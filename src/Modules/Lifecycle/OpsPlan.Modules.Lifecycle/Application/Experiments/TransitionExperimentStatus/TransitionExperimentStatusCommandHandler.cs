using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.TransitionExperimentStatus;

internal sealed class TransitionExperimentStatusCommandHandler(IExperimentRepository experiments, IClock clock)
    : ICommandHandler<TransitionExperimentStatusCommand, ExperimentDto>
{
    public async Task<ExperimentDto> Handle(TransitionExperimentStatusCommand request, CancellationToken cancellationToken)
    {
        var experiment = await experiments.GetAsync(request.ProductId, request.Id, request.ExpectedVersion, cancellationToken);
        experiment.MoveTo(request.Status!.Value, clock.UtcNow);
        await experiments.UpdateAsync(experiment, cancellationToken);
        return ExperimentRow.ToDto(experiment);
    }
}
