namespace OpsPlan.Modules.Risk.Contracts;

public enum MitigationStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}
