using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Experiments;

/// <summary>
/// An A/B test of a product (seed ch.7). Its design is edited as a draft; while it runs, the integrator syncs each
/// variant's totals; once concluded it no longer changes. The first variant is the control.
/// </summary>
internal sealed class Experiment : AggregateRoot
{
    public const string NotDraft = "lifecycle.experiment-not-draft";

    public static readonly Workflow<ExperimentStatus> Statuses = new("lifecycle.invalid-transition", "experiment", new Dictionary<ExperimentStatus, ExperimentStatus[]>
    {
        [ExperimentStatus.Draft] = [ExperimentStatus.Running],
        [ExperimentStatus.Running] = [ExperimentStatus.Concluded],
        [ExperimentStatus.Concluded] = [],
    });

    private readonly List<Variant> _variants;

    private Experiment(AggregateState state, Guid productId, ExperimentDesign design, IEnumerable<Variant> variants, ExperimentStatus status, DateTime? startedAt,
        DateTime? concludedAt)
        : base(state)
    {
        ProductId = productId;
        Design = design;
        _variants = variants.ToList();
        Status = status;
        StartedAt = startedAt;
        ConcludedAt = concludedAt;
    }

    public Guid ProductId { get; }

    public ExperimentDesign Design { get; private set; }

    public IReadOnlyList<Variant> Variants => _variants;

    public ExperimentStatus Status { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? ConcludedAt { get; private set; }

    public static Experiment Draft(Guid productId, ExperimentDesign design, IReadOnlyList<string> variants, DateTime now) =>
        new(AggregateState.New(now), productId, design, variants.Select(name => new Variant(name, 0, 0)), ExperimentStatus.Draft, null, null);

    public static Experiment Restore(AggregateState state, Guid productId, ExperimentDesign design, IEnumerable<Variant> variants, ExperimentStatus status,
        DateTime? startedAt, DateTime? concludedAt) => new(state, productId, design, variants, status, startedAt, concludedAt);

    public void Redesign(ExperimentDesign design, IReadOnlyList<string> variants, DateTime now)
    {
        if (Status != ExperimentStatus.Draft)
        {
            throw new BusinessRuleException(NotDraft, $"A {EnumText.ToText(Status)} experiment cannot be redesigned.", ["Only a draft can change; start a new experiment instead."]);
        }

        Design = design;
        _variants.Clear();
        _variants.AddRange(variants.Select(name => new Variant(name, 0, 0)));
        Touch(now);
    }

    public void MoveTo(ExperimentStatus target, DateTime now)
    {
        Statuses.EnsureCanMove(Status, target);
        Status = target;
        if (target == ExperimentStatus.Running)
        {
            StartedAt = now;
        }
        else
        {
            ConcludedAt = now;
        }

        Touch(now);
    }

    /// <summary>Takes a variant's totals so far; the reason it cannot, or null. Returns through <paramref name="changed"/> whether they moved.</summary>
    public string? Record(string variant, long exposures, long conversions, DateTime now, out bool changed)
    {
        changed = false;
        if (Status != ExperimentStatus.Running)
        {
            return $"The experiment is {EnumText.ToText(Status)}: only a running experiment takes results.";
        }

        var index = _variants.FindIndex(known => known.Name == variant);
        if (index < 0)
        {
            return "The experiment has no such variant; it has " + string.Join(", ", _variants.Select(known => known.Name)) + ".";
        }

        var totals = new Variant(variant, exposures, conversions);
        if (_variants[index] != totals)
        {
            _variants[index] = totals;
            changed = true;
            Touch(now);
        }

        return null;
    }
}

/// <summary>What is tested and how much evidence calls a winner.</summary>
internal sealed record ExperimentDesign(string Name, string Hypothesis, string Metric, int MinimumSampleSize);

/// <summary>A variant's totals so far.</summary>
internal sealed record Variant(string Name, long Exposures, long Conversions);
