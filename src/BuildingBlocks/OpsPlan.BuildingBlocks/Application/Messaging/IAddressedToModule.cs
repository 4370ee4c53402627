namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// A building-block command that acts on one module's own tables (its outbox, say): it runs in the unit of work of
/// the module it names rather than of the assembly that declares it.
/// </summary>
public interface IAddressedToModule
{
    string Module { get; }
}
