namespace OpsPlan.BuildingBlocks.Outbox;

internal sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public DateTime OccurredAt { get; init; }

    public string Type { get; init; } = "";

    public string Payload { get; init; } = "";

    public int Attempts { get; init; }
}
