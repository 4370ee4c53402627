namespace OpsPlan.Modules.Lifecycle.Contracts.Releases;

/// <summary>
/// A release (seed ch.5: iterative development, regular updates and bug fixes). The version is a semantic version, unique
/// per product; the requirements it delivers (accepted or in progress) and the feedback it fixes (not yet done or
/// declined) belong to the product and move to done with it.
/// </summary>
public sealed record ReleaseRequest(
    string Version,
    DateOnly? ReleasedOn,
    ReleaseType? Type,
    string? Notes,
    IReadOnlyList<Guid>? RequirementIds,
    IReadOnlyList<Guid>? FeedbackIds) : IBodyOf<CreateReleaseCommand>;

public sealed record CreateReleaseCommand(Guid ProductId, ReleaseRequest Fields) : ICommand<ReleaseDto>;
