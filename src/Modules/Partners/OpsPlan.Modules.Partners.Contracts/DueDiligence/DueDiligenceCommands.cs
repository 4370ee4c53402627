namespace OpsPlan.Modules.Partners.Contracts.DueDiligence;

/// <summary>An item of a partner's due-diligence checklist beyond the standard three (area <c>custom</c>).</summary>
public sealed record DueDiligenceItemRequest(string Title, bool? Required) : IBodyOf<AddDueDiligenceItemCommand>;

public sealed record AddDueDiligenceItemCommand(Guid PartnerId, DueDiligenceItemRequest Fields) : ICommand<DueDiligenceItemDto>;

/// <summary>The proof that an item holds: a document reference, a certificate number, a link.</summary>
public sealed record DueDiligenceEvidenceRequest(string Evidence) : IBodyOf<SubmitDueDiligenceEvidenceCommand>;

/// <summary>Attaches evidence to an item (open or rejected): it becomes submitted, ready for review.</summary>
public sealed record SubmitDueDiligenceEvidenceCommand(Guid PartnerId, Guid Id, ExpectedVersion? ExpectedVersion, string Evidence) : ICommand<DueDiligenceItemDto>;

public sealed record DueDiligenceReviewRequest(DueDiligenceDecision? Decision, string? Note) : IBodyOf<ReviewDueDiligenceItemCommand>;

/// <summary>A reviewer approves or rejects a submitted item; who and when are kept. Reviewing an item without evidence is 409 <c>partners.evidence-missing</c>.</summary>
public sealed record ReviewDueDiligenceItemCommand(Guid PartnerId, Guid Id, ExpectedVersion? ExpectedVersion, DueDiligenceDecision? Decision, string? Note)
    : ICommand<DueDiligenceItemDto>;
