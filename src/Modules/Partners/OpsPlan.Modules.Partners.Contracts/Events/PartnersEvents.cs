namespace OpsPlan.Modules.Partners.Contracts.Events;

/// <summary>A measurement missed its target; <paramref name="ConsecutiveBreaches"/> counts this metric's breached months in a row up to this one.</summary>
[IntegrationEventName("partners.sla-breached")]
public sealed record SlaBreached(Guid PartnerId, string PartnerName, Guid AgreementId, string AgreementTitle, SlaMetric Metric, string Period, decimal Value,
    decimal Target, SlaComparison Comparison, int ConsecutiveBreaches) : IntegrationEvent;

[IntegrationEventName("partners.partner-suspended")]
public sealed record PartnerSuspended(Guid PartnerId, string Name, string Reason, DateTime SuspendedAt) : IntegrationEvent;

[IntegrationEventName("partners.partner-terminated")]
public sealed record PartnerTerminated(Guid PartnerId, string Name, string Reason, DateTime TerminatedAt) : IntegrationEvent;

/// <summary>An agreement reached its notice window (or ends within 30 days when its notice period is shorter).</summary>
[IntegrationEventName("partners.agreement-expiring")]
public sealed record AgreementExpiring(Guid AgreementId, Guid PartnerId, string PartnerName, string Title, DateOnly EndDate, DateOnly NoticeDeadline, bool AutoRenew)
    : IntegrationEvent;
