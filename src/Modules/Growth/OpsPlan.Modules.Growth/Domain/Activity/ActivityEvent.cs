using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Activity;

/// <summary>
/// One thing a customer did, as the sender reported it. <see cref="EventId"/> is the sender's id: a redelivered
/// event is recognised by it and changes nothing.
/// </summary>
internal sealed record ActivityEvent(Guid Id, string EventId, Guid CustomerId, ActivityType Type, DateTime OccurredAt, Money? Value, string? ProductId, DateTime ReceivedAt)
{
    public bool IsPurchase => Type == ActivityType.Purchase;
}
