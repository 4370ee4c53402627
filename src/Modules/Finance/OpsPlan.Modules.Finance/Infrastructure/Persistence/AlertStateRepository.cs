using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Infrastructure.Persistence;

internal sealed class AlertStateRepository(IUnitOfWork unitOfWork) : IAlertStateRepository
{
    private const string StateSql = "SELECT state FROM finance.alert_states WHERE subject = @Subject";
    private const string UpdateStateSql = "UPDATE finance.alert_states SET state = @State, changed_at = @ChangedAt WHERE subject = @Subject";
    private const string InsertStateSql = "INSERT INTO finance.alert_states (subject, state, changed_at) VALUES (@Subject, @State, @ChangedAt)";

    public Task<string?> FindAsync(string subject, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<string>(StateSql, new { Subject = subject }, cancellationToken);

    public async Task SetAsync(string subject, string state, DateTime changedAt, CancellationToken cancellationToken)
    {
        var parameters = new { Subject = subject, State = state, ChangedAt = changedAt };
        if (await unitOfWork.ExecuteAsync(UpdateStateSql, parameters, cancellationToken) == 0)
        {
            await unitOfWork.ExecuteAsync(InsertStateSql, parameters, cancellationToken);
        }
    }
}
