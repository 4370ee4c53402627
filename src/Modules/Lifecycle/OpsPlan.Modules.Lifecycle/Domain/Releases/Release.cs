using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Releases;

/// <summary>A version of a product put out (seed ch.5: iterative development, regular updates and fixes). A record of fact: it does not change.</summary>
internal sealed record Release(Guid Id, Guid ProductId, string Version, DateOnly ReleasedOn, ReleaseType Type, string? Notes, IReadOnlyList<Guid> RequirementIds,
    IReadOnlyList<Guid> FeedbackIds, DateTime CreatedAt);
