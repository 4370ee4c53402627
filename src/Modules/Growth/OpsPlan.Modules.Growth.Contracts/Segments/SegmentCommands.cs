namespace OpsPlan.Modules.Growth.Contracts.Segments;

/// <summary>Saves a named rule; names are unique (409 <c>growth.duplicate-segment-name</c>).</summary>
public sealed record CreateSegmentCommand(string Name, string? Description, SegmentRule Rule) : ICommand<SegmentDto>;

/// <summary>The editable fields of a segment, as PUT replaces them.</summary>
public sealed record SegmentRequest(string Name, string? Description, SegmentRule Rule) : IBodyOf<UpdateSegmentCommand>
{
    public UpdateSegmentCommand ToCommand(Guid id, ExpectedVersion? expectedVersion) => new(id, expectedVersion, Name, Description, Rule);
}

public sealed record UpdateSegmentCommand(Guid Id, ExpectedVersion? ExpectedVersion, string Name, string? Description, SegmentRule Rule) : ICommand<SegmentDto>;

public sealed record DeleteSegmentCommand(Guid Id, ExpectedVersion? ExpectedVersion) : ICommand<SegmentDto>;
