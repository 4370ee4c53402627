namespace OpsPlan.BuildingBlocks.Application.Security;

/// <summary>Who is acting: the authenticated subject, or "system" for background work such as the outbox relay.</summary>
public interface ICurrentUser
{
    string Id { get; }

    /// <summary>
    /// The partner a partner's own integration key is scoped to (least privilege, seed ch.14): such a caller sees only
    /// that partner's records. Null for everyone else.
    /// </summary>
    Guid? PartnerId => null;
}
