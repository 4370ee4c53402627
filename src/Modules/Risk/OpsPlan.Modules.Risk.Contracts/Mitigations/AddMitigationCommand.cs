namespace OpsPlan.Modules.Risk.Contracts.Mitigations;

/// <summary>Plans a mitigation for a risk that is not closed.</summary>
public sealed record AddMitigationCommand(Guid RiskId, string Action, string Owner, DateOnly? DueDate) : ICommand<MitigationDto>;

/// <summary>The body of a new mitigation; also what PUT replaces and PATCH merges into.</summary>
public sealed record MitigationRequest(string Action, string Owner, DateOnly? DueDate)
{
    public static MitigationRequest From(MitigationDto mitigation) => new(mitigation.Action, mitigation.Owner, mitigation.DueDate);
}
