using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Lifecycle.Contracts.Experiments;

/// <summary>
/// An A/B test (seed ch.7): a hypothesis, the metric it moves, 2-10 variants (the first is the control) and the
/// exposures each variant needs before a winner may be called (default <c>Lifecycle:MinimumSampleSize</c>).
/// </summary>
public sealed record ExperimentRequest(string Name, string Hypothesis, string Metric, IReadOnlyList<string> Variants, int? MinimumSampleSize)
    : IBodyOf<CreateExperimentCommand>, IBodyOf<UpdateExperimentCommand>;

public sealed record CreateExperimentCommand(Guid ProductId, ExperimentRequest Fields) : ICommand<ExperimentDto>;

/// <summary>Replaces a draft experiment; one that has started is 409 <c>lifecycle.experiment-not-draft</c>.</summary>
public sealed record UpdateExperimentCommand(Guid ProductId, Guid Id, ExpectedVersion? ExpectedVersion, ExperimentRequest Fields) : ICommand<ExperimentDto>;

public sealed record ExperimentStatusTransitionRequest(ExperimentStatus? Status, string? Note) : IBodyOf<TransitionExperimentStatusCommand>;

/// <summary>draft → running → concluded; otherwise 409 <c>lifecycle.invalid-transition</c>.</summary>
public sealed record TransitionExperimentStatusCommand(Guid ProductId, Guid Id, ExpectedVersion? ExpectedVersion, ExperimentStatus? Status, string? Note)
    : ICommand<ExperimentDto>;

/// <summary>
/// Upserts up to 1,000 variant totals by experiment and variant: the exposures and conversions so far (totals, not
/// increments). Only a running experiment takes them; conversions never exceed exposures.
/// </summary>
public sealed record SyncVariantResultsCommand(IReadOnlyList<BatchEntry<VariantResultItem>> Items) : ICommand<BatchResultDto>;

public sealed record VariantResultItem(Guid ExperimentId, string Variant, long Exposures, long Conversions);

/// <summary>The documented shape of a variant results sync: <c>{ "items": [ ... ] }</c>, at most 1,000 items.</summary>
public sealed record VariantResultsBatchRequest(IReadOnlyList<VariantResultItem> Items) : IBodyOf<SyncVariantResultsCommand>;
