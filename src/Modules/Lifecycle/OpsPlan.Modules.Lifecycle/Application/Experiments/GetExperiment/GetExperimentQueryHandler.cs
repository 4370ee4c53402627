using OpsPlan.Modules.Lifecycle.Contracts.Experiments;

namespace OpsPlan.Modules.Lifecycle.Application.Experiments.GetExperiment;

internal sealed class GetExperimentQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetExperimentQuery, ExperimentDto>
{
    public async Task<ExperimentDto> Handle(GetExperimentQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ExperimentRow>(ExperimentRules.OneSql, new { request.Id, request.ProductId }, "Experiment", request.Id,
            cancellationToken)).ToDto();
}
