using OpsPlan.BuildingBlocks.Application.Errors;
using OpsPlan.BuildingBlocks.Application.Messaging;
using OpsPlan.BuildingBlocks.Persistence;

namespace OpsPlan.BuildingBlocks.Application.OutboxFailures.RetryOutboxFailure;

/// <summary>Unparks the message (the relay claims it on its next round) and keeps its last error until the next outcome.</summary>
internal sealed class RetryOutboxFailureCommandHandler(IUnitOfWork unitOfWork) : ICommandHandler<RetryOutboxFailureCommand, OutboxFailureDto>
{
    private const string UnparkSql = """
        UPDATE {schema}.outbox_messages SET parked_at = NULL, attempts = 0, locked_by = NULL, locked_until = NULL
        WHERE id = @Id AND parked_at IS NOT NULL
        """;

    private const string SelectSql = OutboxFailureRows.SelectSql + " WHERE id = @Id";

    public async Task<OutboxFailureDto> Handle(RetryOutboxFailureCommand request, CancellationToken cancellationToken)
    {
        if (await unitOfWork.ExecuteAsync(unitOfWork.Module.Sql(UnparkSql), new { request.Id }, cancellationToken) != 1)
        {
            throw new NotFoundException("Parked outbox message", request.Id);
        }

        return (await unitOfWork.QuerySingleOrDefaultAsync<OutboxFailureDto>(unitOfWork.Module.Sql(SelectSql), new { request.Id }, cancellationToken))!;
    }
}
