using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Scheduling;
using OpsPlan.Modules.Growth.Contracts.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>Moves campaigns along their schedules on a timer: running at the start, completed at the end.</summary>
internal sealed class CampaignScheduleService(IServiceScopeFactory scopes, IOptions<GrowthOptions> options, TimeProvider time, ILogger<CampaignScheduleService> logger)
    : PeriodicCommandService<AdvanceCampaignsCommand, CampaignAdvanceDto>(scopes, options.Value.CampaignScheduleInterval, time, logger)
{
    private const string DueSql = "SELECT COUNT(*) FROM growth.campaigns WHERE status_due_at IS NOT NULL AND status_due_at <= @Now";

    protected override Task<bool> AnythingDueAsync(IServiceProvider services, CancellationToken cancellationToken) => AnyAsync(services, DueSql, cancellationToken);

    protected override void Report(ILogger logger, CampaignAdvanceDto result)
    {
        if (result.Changed > 0)
        {
            logger.LogInformation("Campaigns advanced along their schedules: {Changed} changed", result.Changed);
        }
    }
}
