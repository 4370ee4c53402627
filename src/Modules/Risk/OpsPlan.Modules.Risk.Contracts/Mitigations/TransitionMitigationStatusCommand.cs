namespace OpsPlan.Modules.Risk.Contracts.Mitigations;

/// <summary>planned → in-progress → done; planned or in-progress → cancelled. Done and cancelled are final.</summary>
public sealed record TransitionMitigationStatusCommand(Guid RiskId, Guid MitigationId, long? ExpectedVersion, MitigationStatus? Status, string? Note)
    : ICommand<MitigationDto>;

public sealed record MitigationStatusTransitionRequest(MitigationStatus? Status, string? Note);
