namespace OpsPlan.BuildingBlocks.Application.Security;

/// <summary>Who is acting: the authenticated subject, or "system" for background work such as the outbox relay.</summary>
public interface ICurrentUser
{
    string Id { get; }
}
