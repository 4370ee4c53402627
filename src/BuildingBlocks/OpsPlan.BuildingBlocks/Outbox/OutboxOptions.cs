namespace OpsPlan.BuildingBlocks.Outbox;

/// <summary>The "Outbox" configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the background relay; tests turn it off and trigger <see cref="OutboxRelay"/> themselves.</summary>
    public bool RelayEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed message stays reserved for the instance that claimed it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many times a consumer may refuse a message (a business error such as 404, 409 or 412) before it is parked for
    /// an admin; faults are retried without limit.
    /// </summary>
    public int ParkAfterAttempts { get; set; } = 5;

    /// <summary>The longest wait between two attempts at a message that keeps failing; it is never dropped.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Why these settings cannot work, each naming its configuration key; empty when they can.</summary>
    public IEnumerable<string> Problems()
    {
        if (PollInterval < TimeSpan.FromMilliseconds(10))
        {
            yield return "Outbox:PollInterval is at least 10 milliseconds.";
        }

        // A round takes batches until one comes back short: with no batch size it would never end.
        if (BatchSize is < 1 or > 1000)
        {
            yield return "Outbox:BatchSize is from 1 to 1000.";
        }

        if (ClaimDuration < TimeSpan.FromSeconds(1))
        {
            yield return "Outbox:ClaimDuration is at least a second.";
        }

        if (ParkAfterAttempts < 1)
        {
            yield return "Outbox:ParkAfterAttempts is at least 1.";
        }

        if (MaxRetryDelay < TimeSpan.FromSeconds(1))
        {
            yield return "Outbox:MaxRetryDelay is at least a second.";
        }
    }
}
