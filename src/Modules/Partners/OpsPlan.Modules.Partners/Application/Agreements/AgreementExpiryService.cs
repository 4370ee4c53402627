using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsPlan.BuildingBlocks.Application.Scheduling;
using OpsPlan.Modules.Partners.Contracts.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements;

/// <summary>Announces agreements as they reach their notice window, on a timer and only when one has.</summary>
internal sealed class AgreementExpiryService(IServiceScopeFactory scopes, IOptions<PartnersOptions> options, TimeProvider time, ILogger<AgreementExpiryService> logger)
    : PeriodicCommandService<NotifyExpiringAgreementsCommand, ExpiringNotificationDto>(scopes, options.Value.ExpiringSweepInterval, time, logger)
{
    private const string DueSql = """
        SELECT COUNT(*) FROM partners.agreements
        WHERE expiring_announced_at IS NULL AND expiring_from <= @Today AND end_date >= @Today
        """;

    protected override Task<bool> AnythingDueAsync(IServiceProvider services, CancellationToken cancellationToken) => AnyAsync(services, DueSql, cancellationToken);

    protected override void Report(ILogger logger, ExpiringNotificationDto result) => logger.LogInformation("Expiring agreements announced: {Published}", result.Published);
}
