using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OpsPlan.BuildingBlocks.Application.Behaviours;
using OpsPlan.BuildingBlocks.Persistence;
using OpsPlan.IntegrationTests.Infrastructure;
using OpsPlan.Modules.Risk.Contracts.Risks;
using OpsPlan.Modules.Risk.Contracts.Views;

namespace OpsPlan.IntegrationTests.Platform;

/// <summary>Each request passes through the behaviours that apply to it, outermost first, and no others.</summary>
public sealed class PipelineTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task A_command_runs_in_a_unit_of_work_and_is_never_cached()
    {
        Assert.That(await BehavioursOfAsync<CreateRiskCommand, RiskDto>(), Is.EqualTo(new[]
        {
            typeof(LoggingBehaviour<CreateRiskCommand, RiskDto>),
            typeof(ValidationBehaviour<CreateRiskCommand, RiskDto>),
            typeof(TransientRetryBehaviour<CreateRiskCommand, RiskDto>),
            typeof(UnitOfWorkBehaviour<CreateRiskCommand, RiskDto>),
        }));
    }

    [Test]
    public async Task A_view_is_cached_and_a_plain_read_passes_through_neither_cache_nor_unit_of_work()
    {
        Assert.That(await BehavioursOfAsync<GetRiskSummaryQuery, RiskSummaryDto>(), Does.Contain(typeof(QueryCacheBehaviour<GetRiskSummaryQuery, RiskSummaryDto>)));
        Assert.That(await BehavioursOfAsync<GetRiskQuery, RiskDto>(), Is.EqualTo(new[]
        {
            typeof(LoggingBehaviour<GetRiskQuery, RiskDto>),
            typeof(ValidationBehaviour<GetRiskQuery, RiskDto>),
            typeof(TransientRetryBehaviour<GetRiskQuery, RiskDto>),
        }));
    }

    private async Task<Type[]> BehavioursOfAsync<TRequest, TResponse>()
        where TRequest : IRequest<TResponse>
    {
        // The unit of work is only asynchronously disposable.
        await using var scope = Api.Services.CreateAsyncScope();
        return [.. scope.ServiceProvider.GetServices<IPipelineBehavior<TRequest, TResponse>>().Select(behaviour => behaviour.GetType())];
    }
}
