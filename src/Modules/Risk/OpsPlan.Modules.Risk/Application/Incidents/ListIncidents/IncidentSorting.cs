namespace OpsPlan.Modules.Risk.Application.Incidents.ListIncidents;

/// <summary>What incidents may be sorted by besides created and updated times (severities sort sev1 first).</summary>
internal static class IncidentSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<IncidentRow, DateTime>("detectedAt", "detected_at", row => row.DetectedAt),
        SortKey.Of<IncidentRow, string>("severity", "severity", row => row.Severity),
        SortKey.Of<IncidentRow, string>("title", "title", row => row.Title),
    ];
}
