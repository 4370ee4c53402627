namespace OpsPlan.Modules.Risk.Contracts.Events;

/// <summary>A risk entered the register.</summary>
[IntegrationEventName("risk.risk-raised")]
public sealed record RiskRaised(Guid RiskId, string Title, RiskCategory Category, RiskLevel Level, string Source, string? SourceReference) : IntegrationEvent;

/// <summary>An assessment moved a risk to another level (for example into critical).</summary>
[IntegrationEventName("risk.risk-level-changed")]
public sealed record RiskLevelChanged(Guid RiskId, RiskLevel PreviousLevel, RiskLevel Level) : IntegrationEvent;

/// <summary>A risk moved along its workflow.</summary>
[IntegrationEventName("risk.risk-status-changed")]
public sealed record RiskStatusChanged(Guid RiskId, RiskStatus PreviousStatus, RiskStatus Status) : IntegrationEvent;

/// <summary>A mitigation moved along its workflow (done or cancelled are final).</summary>
[IntegrationEventName("risk.mitigation-status-changed")]
public sealed record MitigationStatusChanged(Guid RiskId, Guid MitigationId, MitigationStatus PreviousStatus, MitigationStatus Status) : IntegrationEvent;

/// <summary>An incident was detected and recorded.</summary>
[IntegrationEventName("risk.incident-detected")]
public sealed record IncidentDetected(Guid IncidentId, string Title, IncidentType Type, IncidentSeverity Severity) : IntegrationEvent;

/// <summary>An incident's response moved one step.</summary>
[IntegrationEventName("risk.incident-status-changed")]
public sealed record IncidentStatusChanged(Guid IncidentId, IncidentSeverity Severity, IncidentStatus PreviousStatus, IncidentStatus Status) : IntegrationEvent;
