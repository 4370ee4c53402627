namespace OpsPlan.BuildingBlocks.Application.OutboxFailures;

internal static class OutboxFailureRows
{
    /// <summary>One module's outbox rows as <see cref="OutboxFailureDto"/>; the module name is a checked identifier.</summary>
    public const string SelectSql = """
        SELECT id AS Id, '{schema}' AS Module, type AS Type, occurred_at AS OccurredAt, attempts AS Attempts,
               last_error AS LastError, parked_at AS ParkedAt
        FROM {schema}.outbox_messages
        """;
}
