using OpsPlan.BuildingBlocks.Application.Messaging;

namespace OpsPlan.Modules.Risk.Contracts.Events;

/// <summary>A risk entered the register.</summary>
public sealed record RiskRaised(Guid EventId, DateTime OccurredAt, Guid RiskId, string Title, RiskCategory Category, RiskLevel Level, string Source, string? SourceReference)
    : IIntegrationEvent;

/// <summary>An assessment moved a risk to another level (for example into critical).</summary>
public sealed record RiskLevelChanged(Guid EventId, DateTime OccurredAt, Guid RiskId, RiskLevel PreviousLevel, RiskLevel Level)
    : IIntegrationEvent;

/// <summary>A risk moved along its workflow.</summary>
public sealed record RiskStatusChanged(Guid EventId, DateTime OccurredAt, Guid RiskId, RiskStatus PreviousStatus, RiskStatus Status)
    : IIntegrationEvent;

/// <summary>A mitigation moved along its workflow (done or cancelled are final).</summary>
public sealed record MitigationStatusChanged(Guid EventId, DateTime OccurredAt, Guid RiskId, Guid MitigationId, MitigationStatus PreviousStatus, MitigationStatus Status)
    : IIntegrationEvent;

/// <summary>An incident was detected and recorded.</summary>
public sealed record IncidentDetected(Guid EventId, DateTime OccurredAt, Guid IncidentId, string Title, IncidentType Type, IncidentSeverity Severity)
    : IIntegrationEvent;

/// <summary>An incident's response moved one step.</summary>
public sealed record IncidentStatusChanged(Guid EventId, DateTime OccurredAt, Guid IncidentId, IncidentSeverity Severity, IncidentStatus PreviousStatus, IncidentStatus Status)
    : IIntegrationEvent;
