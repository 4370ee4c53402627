namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// The name an integration event is stored and published under, <c>&lt;module&gt;.&lt;event&gt;</c>: outbox rows name
/// the event by this, not by its .NET type, so renaming a namespace or a class cannot strand them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
