using System.Diagnostics;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.Auditing;

/// <summary>Writes who did what to which record, inside the command's own transaction.</summary>
internal sealed class AuditLog(ICurrentUser currentUser, IClock clock)
{
    public const string Succeeded = "succeeded";

    private const string InsertSql = """
        INSERT INTO {schema}.audit_entries (id, occurred_at, user_id, module, command, record_id, outcome, trace_id)
        VALUES (@Id, @OccurredAt, @UserId, @Module, @Command, @RecordId, @Outcome, @TraceId)
        """;

    public Task RecordAsync(IUnitOfWork unitOfWork, string command, object? result, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(InsertSql), new
        {
            Id = Ids.New(),
            OccurredAt = clock.UtcNow,
            UserId = currentUser.Id,
            Module = unitOfWork.Module.Name,
            Command = command,
            RecordId = (result as IIdentifiable)?.Id,
            Outcome = Succeeded,
            TraceId = Activity.Current?.TraceId.ToString(),
        }, cancellationToken);
}
