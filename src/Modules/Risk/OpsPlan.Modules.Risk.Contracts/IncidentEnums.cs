namespace OpsPlan.Modules.Risk.Contracts;

public enum IncidentType
{
    Outage,
    SecurityBreach,
    DataLeak,
    PrCrisis,
    Regulatory,
    PartnerFailure,
}

/// <summary>sev1 is the most severe.</summary>
public enum IncidentSeverity
{
    Sev1,
    Sev2,
    Sev3,
    Sev4,
}

/// <summary>The response process, one step at a time.</summary>
public enum IncidentStatus
{
    Detected,
    Confirmed,
    Responding,
    Repairing,
    Recovered,
    Closed,
}

public enum TimelineEntryKind
{
    Note,
    StatusChange,
}
