namespace OpsPlan.Modules.Overseas.Contracts.Compliance;

/// <summary>A requirement of a regulation in a market (GDPR, LGPD, PIPL, CCPA, DPDP or free text), its severity and due date (not before today).</summary>
public sealed record ComplianceItemRequest(string Regulation, string Requirement, ComplianceSeverity? Severity, DateOnly? DueDate, string? Evidence)
    : IBodyOf<CreateComplianceItemCommand>, IBodyOf<UpdateComplianceItemCommand>;

/// <summary>Records a gap; a critical one publishes <c>overseas.critical-compliance-gap-opened</c>.</summary>
public sealed record CreateComplianceItemCommand(Guid MarketId, ComplianceItemRequest Fields) : ICommand<ComplianceItemDto>;

/// <summary>Changes an item; an open critical item that changes is published again, so its risk is re-scored.</summary>
public sealed record UpdateComplianceItemCommand(Guid MarketId, Guid Id, ExpectedVersion? ExpectedVersion, ComplianceItemRequest Fields) : ICommand<ComplianceItemDto>;

public sealed record ComplianceTransitionRequest(ComplianceStatus? Status, string? Reason) : IBodyOf<TransitionComplianceItemCommand>;

/// <summary>
/// gap → in-progress | compliant | not-applicable; in-progress → compliant | not-applicable | gap; compliant or
/// not-applicable → gap (reopened). not-applicable needs a reason.
/// </summary>
public sealed record TransitionComplianceItemCommand(Guid MarketId, Guid Id, ExpectedVersion? ExpectedVersion, ComplianceStatus? Status, string? Reason)
    : ICommand<ComplianceItemDto>;
