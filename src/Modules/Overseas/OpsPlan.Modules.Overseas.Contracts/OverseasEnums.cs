namespace OpsPlan.Modules.Overseas.Contracts;

// The Overseas module's published language: these values appear on the wire as kebab-case strings.

/// <summary>
/// research → assessment → pilot → launch → scale; paused from any of them and back to where it was; exited (final)
/// from any stage, paused included.
/// </summary>
public enum MarketStage
{
    Research,
    Assessment,
    Pilot,
    Launch,
    Scale,
    Paused,
    Exited,
}

/// <summary>What a market assessment scores. Competition, regulatory complexity, cultural distance and entry cost count against a market.</summary>
public enum AssessmentFactor
{
    MarketSize,
    Growth,
    Competition,
    RegulatoryComplexity,
    CulturalDistance,
    PaymentInfrastructure,
    PartnerAvailability,
    EntryCost,
}

/// <summary>What the ranking orders markets by.</summary>
public enum RankingBasis
{
    Combined,
    Attractiveness,
    Risk,
}

/// <summary>How concentrated revenue is across live markets, by the Herfindahl index: low below 1,500, moderate below 2,500, high from 2,500.</summary>
public enum ConcentrationLevel
{
    None,
    Low,
    Moderate,
    High,
}

public enum LocalizationArea
{
    Language,
    CurrencyPricing,
    Payments,
    Legal,
    Content,
    Support,
    Tax,
}

/// <summary>todo → in-progress → done, or blocked (from todo or in progress, and back to in progress).</summary>
public enum LocalizationTaskStatus
{
    Todo,
    InProgress,
    Blocked,
    Done,
}

public enum ComplianceSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>gap → in-progress → compliant, or not-applicable (with a reason) from gap or in progress.</summary>
public enum ComplianceStatus
{
    Gap,
    InProgress,
    Compliant,
    NotApplicable,
}
