namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>An outbox row names an event no registered module publishes: retrying cannot help, so the row is parked.</summary>
public sealed class UnknownIntegrationEventException(string name)
    : Exception($"No registered module publishes an event named '{name}'.");
