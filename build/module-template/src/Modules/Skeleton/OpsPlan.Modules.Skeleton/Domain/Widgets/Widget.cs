namespace OpsPlan.Modules.Skeleton.Domain.Widgets;

/// <summary>A widget: the module's first record.</summary>
internal sealed class Widget : AggregateRoot
{
    private Widget(AggregateState state, string name, string? description)
        : base(state)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public static Widget Create(string name, string? description, DateTime now) => new(AggregateState.New(now), name, description);

    public static Widget Restore(AggregateState state, string name, string? description) => new(state, name, description);
}
