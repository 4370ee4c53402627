using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Scheduling;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Application.Stages;

/// <summary>Re-evaluates lifecycle stages on a timer, so a customer who goes quiet becomes at-risk and then churned without any write.</summary>
internal sealed class StageReevaluationService(IServiceScopeFactory scopes, IOptions<GrowthOptions> options, TimeProvider time, ILogger<StageReevaluationService> logger)
    : PeriodicCommandService<ReevaluateStagesCommand, StageReevaluationDto>(scopes, options.Value.StageReevaluationInterval, time, logger)
{
    private const string DueSql = "SELECT COUNT(*) FROM growth.customers WHERE stage_due_at IS NOT NULL AND stage_due_at <= @Now";

    protected override Task<bool> AnythingDueAsync(IServiceProvider services, CancellationToken cancellationToken) => AnyAsync(services, DueSql, cancellationToken);

    protected override void Report(ILogger logger, StageReevaluationDto result) => logger.LogInformation("Lifecycle stages re-evaluated: {Changed} changed", result.Changed);
}
