using Microsoft.Extensions.Options;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Experiments;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.CreateExperiment;

internal sealed class CreateExperimentCommandHandler(IProductRepository products, IExperimentRepository experiments, IOptions<LifecycleOptions> options, IClock clock)
    : ICommandHandler<CreateExperimentCommand, ExperimentDto>
{
    public async Task<ExperimentDto> Handle(CreateExperimentCommand request, CancellationToken cancellationToken)
    {
        if (!await products.ExistsAsync(request.ProductId, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var experiment = Experiment.Draft(request.ProductId, ExperimentRules.DesignOf(request.Fields, options.Value.MinimumSampleSize), request.Fields.Variants,
            clock.UtcNow);
        await experiments.AddAsync(experiment, cancellationToken);
        return ExperimentRow.ToDto(experiment);
    }
}
