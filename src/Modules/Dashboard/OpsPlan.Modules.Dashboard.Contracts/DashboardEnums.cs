namespace OpsPlan.Modules.Dashboard.Contracts;

/// <summary>Whether a section's module answered: <c>unavailable</c> sections carry an error instead of data.</summary>
public enum SectionStatus
{
    Ok,
    Unavailable,
}
