using OpsPlan.Modules.Growth.Contracts.Segments;

namespace OpsPlan.Modules.Growth.Domain.Segments;

/// <summary>A named rule over customers; its members are whoever the rule matches at the time it is read.</summary>
internal sealed class Segment : AggregateRoot
{
    private Segment(AggregateState state, string name, string? description, SegmentRule rule)
        : base(state)
    {
        Name = name;
        Description = description;
        Rule = rule;
    }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public SegmentRule Rule { get; private set; }

    public static Segment Create(string name, string? description, SegmentRule rule, DateTime now) => new(AggregateState.New(now), name, description, rule);

    public static Segment Restore(AggregateState state, string name, string? description, SegmentRule rule) => new(state, name, description, rule);

    public void Update(string name, string? description, SegmentRule rule, DateTime now)
    {
        Name = name;
        Description = description;
        Rule = rule;
        Touch(now);
    }
}
