using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Domain.Stages;

namespace OpsPlan.Modules.Growth.Domain.Customers;

/// <summary>
/// A customer as the CRM knows it (its <see cref="Profile"/>, keyed by <see cref="ExternalId"/>), with what OpsPlan
/// computes from its activity: the lifecycle stage and the customer's value.
/// </summary>
internal sealed class Customer : AggregateRoot
{
    private readonly List<StageChange> _stageChanges = [];
    private readonly DateTime? _storedStageDueAt;
    private readonly DateOnly _storedSignupMonth;

    private Customer(AggregateState state, string externalId, CustomerProfile profile, CustomerStanding standing, Erasure? erasure)
        : base(state)
    {
        ExternalId = externalId;
        Profile = profile;
        Standing = standing;
        Erasure = erasure;
        _storedStageDueAt = standing.StageDueAt;
        _storedSignupMonth = profile.SignupMonth;
    }

    public string ExternalId { get; }

    public CustomerProfile Profile { get; private set; }

    public CustomerStanding Standing { get; private set; }

    public Erasure? Erasure { get; private set; }

    /// <summary>Whether the next check time differs from the stored one (its index needs the write).</summary>
    public bool StageDueMoved => Standing.StageDueAt != _storedStageDueAt;

    /// <summary>Whether a sync moved the customer to another sign-up month (its activity marks carry the cohort).</summary>
    public bool SignupMonthMoved => Profile.SignupMonth != _storedSignupMonth;

    /// <summary>The stage changes this command made, for the history and the integration events.</summary>
    public IReadOnlyList<StageChange> StageChanges => _stageChanges;

    public static Customer Register(string externalId, CustomerProfile profile, StageWindows windows, DateTime now)
    {
        var customer = new Customer(AggregateState.New(now), externalId, profile, CustomerStanding.Unstaged(now), null);
        customer.Reevaluate(windows, now, StageChange.ReasonSignedUp);
        return customer;
    }

    public static Customer Restore(AggregateState state, string externalId, CustomerProfile profile, CustomerStanding standing, Erasure? erasure) =>
        new(state, externalId, profile, standing, erasure);

    /// <summary>
    /// Takes the CRM's current profile; returns false (and changes nothing) when it is the same. After an erasure the
    /// personal fields sent are ignored, unless the integrator restores them explicitly.
    /// </summary>
    public bool Sync(CustomerProfile incoming, bool restorePersonalData, StageWindows windows, DateTime now)
    {
        var keepsErasure = Erasure is not null && !restorePersonalData;
        var profile = keepsErasure ? incoming with { Personal = PersonalData.Erased } : incoming;
        if (profile == Profile && (keepsErasure || Erasure is null))
        {
            return false;
        }

        Profile = profile;
        if (!keepsErasure)
        {
            Erasure = null;
        }

        Touch(now);
        Reevaluate(windows, now, StageChange.ReasonProfile);
        return true;
    }

    /// <summary>Replaces the personal fields with anonymous values; the aggregates stay. Returns false when already erased.</summary>
    public bool Erase(string erasedBy, DateTime now)
    {
        if (Erasure is not null)
        {
            return false;
        }

        Profile = Profile with { Personal = PersonalData.Erased };
        Erasure = new Erasure(now, erasedBy);
        Touch(now);
        return true;
    }

    /// <summary>Adds activity: the latest activity time moves on, and a purchase adds to the customer's value.</summary>
    public void RecordActivity(DateTime lastActiveAt, IEnumerable<(long ValueMinor, DateTime OccurredAt)> purchases, StageWindows windows, DateTime now)
    {
        var value = purchases.Aggregate(Standing.Value, (total, purchase) => total.WithPurchase(purchase.ValueMinor, purchase.OccurredAt));
        var active = Standing.LastActiveAt is { } known && known >= lastActiveAt ? known : lastActiveAt;
        var (stageBefore, checkBefore) = (Standing.Stage, Standing.StageDueAt);
        Standing = Standing with { LastActiveAt = active, Value = value };
        Touch(now);
        Reevaluate(windows, now, StageChange.ReasonActivity);

        // Activity only ever moves the next change by time later. Keeping the earlier check time spares the due index
        // a write per customer per batch; the sweep then re-evaluates, changes nothing and stores the exact time.
        if (Standing.Stage == stageBefore && checkBefore is { } earlier && Standing.StageDueAt is { } exact && earlier <= exact)
        {
            Standing = Standing with { StageDueAt = earlier };
        }
    }

    /// <summary>Applies the stage rule as of <paramref name="now"/>; a change is recorded with <paramref name="reason"/>.</summary>
    public void Reevaluate(StageWindows windows, DateTime now, string reason)
    {
        var facts = new StageFacts(Standing.Stage, Standing.StageChangedAt, Profile.SignedUpAt, Standing.LastActiveAt);
        var stage = windows.StageAt(now, facts);
        if (stage != Standing.Stage)
        {
            _stageChanges.Add(new StageChange(Ids.New(), Id, Standing.Stage, stage, now, reason));
            Standing = Standing with { Stage = stage, StageChangedAt = now };
            facts = facts with { Current = stage, StageChangedAt = now };
            Touch(now);
        }

        Standing = Standing with { StageDueAt = windows.NextChangeAt(stage, facts) };
    }
}

/// <summary>What OpsPlan computes about a customer: its stage (null only before the first evaluation), when it next changes by time alone, its activity and value.</summary>
internal sealed record CustomerStanding(LifecycleStage? Stage, DateTime StageChangedAt, DateTime? StageDueAt, DateTime? LastActiveAt, CustomerValue Value)
{
    public static CustomerStanding Unstaged(DateTime now) => new(null, now, null, null, CustomerValue.None);
}
