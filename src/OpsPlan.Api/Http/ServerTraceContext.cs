using System.Diagnostics;

namespace OpsPlan.Api.Http;

/// <summary>
/// Every request's trace starts here: an incoming <c>traceparent</c> does not choose the server's trace id (which
/// problems, logs and the audit trail carry), so a client cannot make two requests look like one or steer an id into
/// a log. The caller's trace context is kept as a tag on the request's activity for correlation.
/// </summary>
internal sealed class ServerTraceContext : DistributedContextPropagator
{
    public const string ClientTraceParentTag = "client.traceparent";

    private static readonly DistributedContextPropagator Outgoing = CreateDefaultPropagator();

    public override IReadOnlyCollection<string> Fields => Outgoing.Fields;

    public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter) => Outgoing.Inject(activity, carrier, setter);

    public override void ExtractTraceIdAndState(object? carrier, PropagatorGetterCallback? getter, out string? traceId, out string? traceState)
    {
        traceId = null;
        traceState = null;
    }

    public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(object? carrier, PropagatorGetterCallback? getter) => null;
}
