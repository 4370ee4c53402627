namespace OpsPlan.Modules.Risk.Contracts;

// The Risk module's published language: these values appear on the wire as kebab-case strings.

public enum RiskCategory
{
    Market,
    Technology,
    Security,
    Compliance,
    Financial,
    Operational,
    Partner,
    Reputational,
}

/// <summary>From the score: low 1-4, medium 5-9, high 10-15, critical 16-25.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}

public enum RiskStatus
{
    Identified,
    Assessed,
    Mitigating,
    Monitoring,
    Accepted,
    Closed,
}
