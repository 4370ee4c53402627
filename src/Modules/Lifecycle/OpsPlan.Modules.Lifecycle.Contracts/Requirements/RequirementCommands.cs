namespace OpsPlan.Modules.Lifecycle.Contracts.Requirements;

/// <summary>
/// A requirement's editable fields (seed ch.15: requirements analysis from research and feedback). Linked feedback items
/// belong to the same product; <c>targetVersion</c> is the semantic version it is planned for.
/// </summary>
public sealed record RequirementRequest(
    string Title,
    string? Description,
    RequirementSource? Source,
    RequirementPriority? Priority,
    IReadOnlyList<Guid>? FeedbackIds,
    string? TargetVersion) : IBodyOf<CreateRequirementCommand>, IBodyOf<UpdateRequirementCommand>;

/// <summary>Records a proposed requirement of a product.</summary>
public sealed record CreateRequirementCommand(Guid ProductId, RequirementRequest Fields) : ICommand<RequirementDto>;

/// <summary>Replaces a requirement's fields; a done or rejected one is 409 <c>lifecycle.requirement-closed</c>.</summary>
public sealed record UpdateRequirementCommand(Guid ProductId, Guid Id, ExpectedVersion? ExpectedVersion, RequirementRequest Fields) : ICommand<RequirementDto>;

/// <summary>The body of a requirement's status transition.</summary>
public sealed record RequirementStatusTransitionRequest(RequirementStatus? Status, string? Note) : IBodyOf<TransitionRequirementStatusCommand>;

/// <summary>proposed → accepted | rejected; accepted → in-progress | rejected; in-progress → done | accepted | rejected. Otherwise 409 <c>lifecycle.invalid-transition</c>.</summary>
public sealed record TransitionRequirementStatusCommand(Guid ProductId, Guid Id, ExpectedVersion? ExpectedVersion, RequirementStatus? Status, string? Note)
    : ICommand<RequirementDto>;
