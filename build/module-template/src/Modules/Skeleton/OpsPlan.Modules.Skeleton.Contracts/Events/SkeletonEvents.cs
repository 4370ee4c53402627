namespace OpsPlan.Modules.Skeleton.Contracts.Events;

/// <summary>A widget was recorded.</summary>
[IntegrationEventName("skeleton.widget-created")]
public sealed record WidgetCreated(Guid WidgetId, string Name) : IntegrationEvent;
