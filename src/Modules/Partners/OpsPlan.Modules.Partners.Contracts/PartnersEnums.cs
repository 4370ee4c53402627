namespace OpsPlan.Modules.Partners.Contracts;

// The Partners module's published language: these values appear on the wire as kebab-case strings.

public enum PartnerType
{
    Supplier,
    Technology,
    Channel,
    Strategic,
    Content,
    Payment,
    Logistics,
}

/// <summary>prospect → onboarding → active ⇄ suspended, and terminated (final) from any of them.</summary>
public enum PartnerStatus
{
    Prospect,
    Onboarding,
    Active,
    Suspended,
    Terminated,
}

/// <summary>What the latest scorecard recommends: strategic ≥ 4.5, preferred ≥ 3.5, approved ≥ 2.5, probation below.</summary>
public enum PartnerTier
{
    Strategic,
    Preferred,
    Approved,
    Probation,
}

public enum DueDiligenceArea
{
    Legal,
    Security,
    Financial,
    Custom,
}

/// <summary>open → submitted (evidence given) → approved | rejected; a rejected item may be submitted again.</summary>
public enum DueDiligenceStatus
{
    Open,
    Submitted,
    Approved,
    Rejected,
}

public enum DueDiligenceDecision
{
    Approved,
    Rejected,
}

public enum AgreementType
{
    Supply,
    Reseller,
    Technology,
    Outsourcing,
    DataSharing,
}

/// <summary>Where an agreement's term stands today.</summary>
public enum AgreementState
{
    Upcoming,
    Active,
    Expired,
}

public enum SlaMetric
{
    UptimePercent,
    ResponseHours,
    DefectRate,
    OnTimeDeliveryPercent,
}

public enum SlaComparison
{
    AtLeast,
    AtMost,
}
