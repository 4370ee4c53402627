namespace OpsPlan.Modules.Lifecycle.Contracts;

// The Lifecycle module's published language: these values appear on the wire as kebab-case strings.

/// <summary>
/// concept → development → launch → growth → maturity → decline → retired; growth may also decline, a declining
/// product may be revived (decline → growth), and anything before launch may be cancelled.
/// </summary>
public enum ProductStage
{
    Concept,
    Development,
    Launch,
    Growth,
    Maturity,
    Decline,
    Retired,
    Cancelled,
}

/// <summary>MoSCoW.</summary>
public enum RequirementPriority
{
    Must,
    Should,
    Could,
    Wont,
}

/// <summary>proposed → accepted → in-progress → done, or rejected before it is done; in-progress may go back to accepted.</summary>
public enum RequirementStatus
{
    Proposed,
    Accepted,
    InProgress,
    Done,
    Rejected,
}

/// <summary>Where a requirement came from (seed ch.15: requirements analysis from research and feedback).</summary>
public enum RequirementSource
{
    Research,
    Feedback,
    Strategy,
    Compliance,
}

public enum ReleaseType
{
    Major,
    Minor,
    Patch,
    Hotfix,
}

public enum FeedbackSource
{
    Survey,
    Support,
    AppReview,
    Interview,
}

public enum FeedbackCategory
{
    Bug,
    Feature,
    Ux,
    Other,
}

/// <summary>new → triaged → planned → done, or declined before it is done.</summary>
public enum FeedbackStatus
{
    New,
    Triaged,
    Planned,
    Done,
    Declined,
}

/// <summary>draft → running → concluded.</summary>
public enum ExperimentStatus
{
    Draft,
    Running,
    Concluded,
}

/// <summary>draft → approved; an approved plan no longer changes.</summary>
public enum RetirementPlanStatus
{
    Draft,
    Approved,
}

/// <summary>The monthly figures a decline is detected on.</summary>
public enum DeclineMetric
{
    ActiveUsers,
    Revenue,
}

/// <summary>Where a product's figures head over the last periods.</summary>
public enum MetricTrend
{
    Growing,
    Stable,
    Falling,
}

/// <summary>What the health view advises (seed ch.5: stop investing, move resources, phase the product out).</summary>
public enum HealthRecommendation
{
    KeepInvesting,
    StopInvesting,
    PlanRetirement,
}
