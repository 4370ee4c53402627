namespace OpsPlan.Modules.Finance.Domain.Cash;

/// <summary>The last state an alert was announced in, per subject (such as the runway), so each change is announced once.</summary>
internal interface IAlertStateRepository
{
    Task<string?> FindAsync(string subject, CancellationToken cancellationToken);

    Task SetAsync(string subject, string state, DateTime changedAt, CancellationToken cancellationToken);
}
