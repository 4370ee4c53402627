namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>A command result that names the record it created or changed; the audit trail records that id.</summary>
public interface IIdentifiable
{
    Guid Id { get; }
}
