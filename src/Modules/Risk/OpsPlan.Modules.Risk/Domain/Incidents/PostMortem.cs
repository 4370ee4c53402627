namespace OpsPlan.Modules.Risk.Domain.Incidents;

internal sealed record PostMortem(string RootCause, string Lessons, IReadOnlyList<string> FollowUpActions);
