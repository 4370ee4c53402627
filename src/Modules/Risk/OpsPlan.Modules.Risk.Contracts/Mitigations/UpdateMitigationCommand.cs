namespace OpsPlan.Modules.Risk.Contracts.Mitigations;

/// <summary>Replaces a mitigation's action, owner and due date; status changes only through transitions.</summary>
public sealed record UpdateMitigationCommand(Guid RiskId, Guid MitigationId, long? ExpectedVersion, string Action, string Owner, DateOnly? DueDate)
    : ICommand<MitigationDto>;
