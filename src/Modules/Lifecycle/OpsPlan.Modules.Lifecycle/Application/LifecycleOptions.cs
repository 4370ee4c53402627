namespace OpsPlan.Modules.Lifecycle.Application;

/// <summary>The <c>Lifecycle</c> configuration section: the decline rule and the evidence an experiment needs.</summary>
internal sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>N: how many months in a row a metric must fall for a decline.</summary>
    public int DeclineConsecutivePeriods { get; set; } = 3;

    /// <summary>X: by more than this many percent from each month to the next.</summary>
    public decimal DeclineDropPercent { get; set; } = 5;

    /// <summary>The significance level below which an experiment's difference counts.</summary>
    public decimal ExperimentAlpha { get; set; } = 0.05m;

    /// <summary>The exposures every variant needs before a winner is named, unless the experiment sets its own.</summary>
    public int MinimumSampleSize { get; set; } = 1000;

    public Domain.Metrics.DeclineRule DeclineRule => new(DeclineConsecutivePeriods, DeclineDropPercent);
}
