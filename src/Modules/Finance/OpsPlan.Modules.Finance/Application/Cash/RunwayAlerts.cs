using Microsoft.Extensions.Logging;
using OpsPlan.Modules.Finance.Application.ExchangeRates;
using OpsPlan.Modules.Finance.Contracts.Events;
using OpsPlan.Modules.Finance.Contracts.Views;
using OpsPlan.Modules.Finance.Domain.Cash;

namespace OpsPlan.Modules.Finance.Application.Cash;

/// <summary>
/// Re-checks the runway after cash changes, inside the same transaction, and publishes <see cref="RunwayBelowThreshold"/>
/// when it falls below the alert line. The last state is kept, so it is announced once per fall, not on every write.
/// </summary>
internal sealed class RunwayAlerts(RunwayCalculator calculator, IUnitOfWork unitOfWork, IAlertStateRepository alertStates, IOutbox outbox, IClock clock,
    ILogger<RunwayAlerts> logger)
{
    private const string Subject = "runway";
    private const string Below = "below";
    private const string Clear = "ok";

    public async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        RunwayDto runway;
        try
        {
            runway = await calculator.CalculateAsync(unitOfWork.Connection, unitOfWork.Transaction, DateOnly.FromDateTime(now), cancellationToken);
        }
        catch (BusinessRuleException missingRate) when (missingRate.Code == CurrencyConverter.MissingRate)
        {
            // The write itself is fine; the runway view reports the missing rate, and the next write checks again.
            logger.LogWarning("Runway not checked: {Reason}", missingRate.Message);
            return;
        }

        var state = runway.BelowAlert ? Below : Clear;
        var previous = await alertStates.FindAsync(Subject, cancellationToken) ?? Clear;
        if (state == previous)
        {
            return;
        }

        await alertStates.SetAsync(Subject, state, now, cancellationToken);

        if (state == Below)
        {
            await outbox.EnqueueAsync(new RunwayBelowThreshold(runway.AsOf, runway.Cash, runway.MonthlyNetBurn, runway.Months!.Value,
                runway.AlertBelowMonths), cancellationToken);
        }
    }
}
