using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Stages;

/// <summary>Re-evaluates lifecycle stages on a timer, so a customer who goes quiet becomes at-risk and then churned without any write.</summary>
internal sealed class StageReevaluationService(IServiceScopeFactory scopes, IOptions<GrowthOptions> options, TimeProvider time, ILogger<StageReevaluationService> logger)
    : PeriodicCommandService<ReevaluateStagesCommand, StageReevaluationDto>(scopes, options.Value.StageReevaluationInterval, time, logger)
{
    protected override void Report(ILogger logger, StageReevaluationDto result) => logger.LogInformation("Lifecycle stages re-evaluated: {Changed} changed", result.Changed);
}
