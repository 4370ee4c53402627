namespace OpsPlan.Modules.Risk.Contracts.Mitigations;

/// <summary>Plans a mitigation for a risk that is not closed.</summary>
public sealed record AddMitigationCommand(Guid RiskId, string Action, string Owner, DateOnly? DueDate) : ICommand<MitigationDto>;

/// <summary>The body of a new mitigation; also what PUT replaces and PATCH merges into.</summary>
public sealed record MitigationRequest(string Action, string Owner, DateOnly? DueDate) : IBodyOf<UpdateMitigationCommand>
{
    public static MitigationRequest From(MitigationDto mitigation) => new(mitigation.Action, mitigation.Owner, mitigation.DueDate);
}

/// <summary>planned → in-progress → done; planned or in-progress → cancelled. Done and cancelled are final.</summary>
public sealed record TransitionMitigationStatusCommand(Guid RiskId, Guid MitigationId, ExpectedVersion? ExpectedVersion, MitigationStatus? Status, string? Note)
    : ICommand<MitigationDto>;

public sealed record MitigationStatusTransitionRequest(MitigationStatus? Status, string? Note) : IBodyOf<TransitionMitigationStatusCommand>;

/// <summary>Replaces a mitigation's action, owner and due date; status changes only through transitions.</summary>
public sealed record UpdateMitigationCommand(Guid RiskId, Guid MitigationId, ExpectedVersion? ExpectedVersion, string Action, string Owner, DateOnly? DueDate)
    : ICommand<MitigationDto>;
