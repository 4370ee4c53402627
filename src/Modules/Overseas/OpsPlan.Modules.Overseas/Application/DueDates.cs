namespace OpsPlan.Modules.Overseas.Application;

/// <summary>A task's or compliance item's due date never lies before the day it was recorded: such a date is a typo, not a plan.</summary>
internal static class DueDates
{
    public static void EnsureNotBefore(DateOnly? dueDate, DateOnly recordedOn)
    {
        if (dueDate < recordedOn)
        {
            throw RequestValidationException.For("dueDate", $"A due date is not before the day the record was made ({recordedOn:yyyy-MM-dd}).");
        }
    }
}
