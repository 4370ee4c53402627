namespace OpsPlan.Modules.Partners.Contracts.Partners;

/// <summary>A partner's editable fields. Names are unique (409 <c>partners.duplicate-name</c>).</summary>
public sealed record PartnerRequest(string Name, PartnerType? Type, string Country, IReadOnlyList<ContactItem>? Contacts, string? Description)
    : IBodyOf<CreatePartnerCommand>, IBodyOf<UpdatePartnerCommand>;

/// <summary>A person to call at the partner.</summary>
public sealed record ContactItem(string Name, string? Role, string Email);

/// <summary>Records a prospect with the standard due-diligence checklist (legal, security, financial).</summary>
public sealed record CreatePartnerCommand(PartnerRequest Fields) : ICommand<PartnerDto>;

public sealed record UpdatePartnerCommand(Guid Id, ExpectedVersion? ExpectedVersion, PartnerRequest Fields) : ICommand<PartnerDto>;

public sealed record PartnerStatusTransitionRequest(PartnerStatus? Status, string? Reason) : IBodyOf<TransitionPartnerStatusCommand>;

/// <summary>
/// Moves a partner along its workflow, with a reason kept in its history. A move the workflow does not allow is 409
/// <c>partners.invalid-transition</c>; becoming active with required due-diligence items not approved is 409
/// <c>partners.due-diligence-incomplete</c> listing them.
/// </summary>
public sealed record TransitionPartnerStatusCommand(Guid Id, ExpectedVersion? ExpectedVersion, PartnerStatus? Status, string? Reason) : ICommand<PartnerDto>;
