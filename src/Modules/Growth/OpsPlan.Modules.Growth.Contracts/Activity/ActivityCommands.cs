using OpsPlan.BuildingBlocks.Application.Batches;

namespace OpsPlan.Modules.Growth.Contracts.Activity;

/// <summary>
/// Records up to 10,000 activity events, idempotent by the sender's <c>eventId</c>: an event already received is
/// <c>unchanged</c>, an event for an unknown customer fails alone.
/// </summary>
public sealed record RecordActivityCommand(IReadOnlyList<BatchEntry<ActivityEventItem>> Items) : ICommand<BatchResultDto>
{
    public const int MaxItems = 10_000;
}

/// <summary>
/// One event: the customer by <c>customerExternalId</c> (the CRM's id) or <c>customerId</c> (OpsPlan's), exactly one
/// of them; <c>value</c> is in the module's currency; <c>occurredAt</c> no later than a day from now.
/// </summary>
public sealed record ActivityEventItem(
    string EventId,
    string? CustomerExternalId,
    Guid? CustomerId,
    ActivityType Type,
    DateTime OccurredAt,
    Money? Value,
    string? ProductId);

/// <summary>The documented shape of an events batch: <c>{ "items": [ ... ] }</c>, at most 10,000 items.</summary>
public sealed record ActivityBatchRequest(IReadOnlyList<ActivityEventItem> Items) : IBodyOf<RecordActivityCommand>;
