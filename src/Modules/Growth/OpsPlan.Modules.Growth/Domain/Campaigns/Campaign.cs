using OpsPlan.Modules.Growth.Contracts;

namespace OpsPlan.Modules.Growth.Domain.Campaigns;

/// <summary>
/// A precision-marketing campaign (seed ch.10): its <see cref="Plan"/> is edited as a draft; scheduling freezes the
/// audience; from then on the status follows the schedule (running at its start, completed at its end) unless cancelled.
/// </summary>
internal sealed class Campaign : AggregateRoot
{
    public const string InvalidTransition = "growth.invalid-transition";
    public const string NotDraft = "growth.campaign-not-draft";

    private static readonly Dictionary<CampaignStatus, CampaignStatus[]> Requestable = new()
    {
        [CampaignStatus.Draft] = [CampaignStatus.Scheduled, CampaignStatus.Cancelled],
        [CampaignStatus.Scheduled] = [CampaignStatus.Draft, CampaignStatus.Cancelled],
        [CampaignStatus.Running] = [CampaignStatus.Cancelled],
        [CampaignStatus.Completed] = [],
        [CampaignStatus.Cancelled] = [],
    };

    private readonly List<(CampaignStatus From, CampaignStatus To)> _statusChanges = [];

    private Campaign(AggregateState state, CampaignPlan plan, CampaignStatus status, DateTime statusChangedAt)
        : base(state)
    {
        Plan = plan;
        Status = status;
        StatusChangedAt = statusChangedAt;
    }

    public CampaignPlan Plan { get; private set; }

    public CampaignStatus Status { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    /// <summary>When the schedule next moves the status by itself: the start while scheduled, the end while running.</summary>
    public DateTime? StatusDueAt => Status switch
    {
        CampaignStatus.Scheduled => Plan.StartsAt,
        CampaignStatus.Running => Plan.EndsAt,
        _ => null,
    };

    /// <summary>The status changes this command made, for the integration events.</summary>
    public IReadOnlyList<(CampaignStatus From, CampaignStatus To)> StatusChanges => _statusChanges;

    public static Campaign Draft(CampaignPlan plan, DateTime now) => new(AggregateState.New(now), plan, CampaignStatus.Draft, now);

    public static Campaign Restore(AggregateState state, CampaignPlan plan, CampaignStatus status, DateTime statusChangedAt) => new(state, plan, status, statusChangedAt);

    public void Replan(CampaignPlan plan, DateTime now)
    {
        if (Status != CampaignStatus.Draft)
        {
            throw new BusinessRuleException(NotDraft, $"A {EnumText.ToText(Status)} campaign cannot be edited.",
                [Status == CampaignStatus.Scheduled ? "Move it back to draft first (its frozen audience is dropped)." : "Only a draft can be edited."]);
        }

        Plan = plan;
        Touch(now);
    }

    /// <summary>A transition a user asks for; the schedule's own moves happen in <see cref="Advance"/>.</summary>
    public void TransitionTo(CampaignStatus target, DateTime now)
    {
        if (!Requestable[Status].Contains(target))
        {
            var allowed = Requestable[Status].Select(EnumText.ToText).ToList();
            var reasons = new List<string>
            {
                allowed.Count == 0 ? $"'{EnumText.ToText(Status)}' is final." : $"From '{EnumText.ToText(Status)}' a campaign can move to: {string.Join(", ", allowed)}.",
            };
            if (target is CampaignStatus.Running or CampaignStatus.Completed)
            {
                reasons.Add("A scheduled campaign starts running at startsAt and completes at endsAt by itself.");
            }

            throw new BusinessRuleException(InvalidTransition, $"A campaign cannot move from '{EnumText.ToText(Status)}' to '{EnumText.ToText(target)}'.", reasons);
        }

        if (target == CampaignStatus.Scheduled && Plan.MissingForSchedule(now) is { Count: > 0 } missing)
        {
            throw new BusinessRuleException(InvalidTransition, "The campaign cannot be scheduled yet.", missing);
        }

        Move(target, now, now);
        Advance(now);
    }

    /// <summary>Follows the schedule as of <paramref name="now"/>; returns whether the status moved.</summary>
    public bool Advance(DateTime now)
    {
        var moves = ScheduledMoves(now);
        foreach (var (to, at) in moves)
        {
            Move(to, at, now);
        }

        return moves.Count > 0;
    }

    /// <summary>Where the schedule has the campaign at <paramref name="now"/>, whether or not the sweep has saved it yet.</summary>
    public (CampaignStatus Status, DateTime ChangedAt) StatusAt(DateTime now) =>
        ScheduledMoves(now) is { Count: > 0 } moves ? moves[^1] : (Status, StatusChangedAt);

    // A move happens when the schedule says (a late sweep does not move the time), never before the last change.
    private List<(CampaignStatus To, DateTime At)> ScheduledMoves(DateTime now)
    {
        var moves = new List<(CampaignStatus, DateTime)>();
        var (status, changedAt) = (Status, StatusChangedAt);
        if (status == CampaignStatus.Scheduled && Plan.StartsAt <= now)
        {
            (status, changedAt) = (CampaignStatus.Running, Later(Plan.StartsAt.Value, changedAt));
            moves.Add((status, changedAt));
        }

        if (status == CampaignStatus.Running && Plan.EndsAt <= now)
        {
            moves.Add((CampaignStatus.Completed, Later(Plan.EndsAt.Value, changedAt)));
        }

        return moves;
    }

    private static DateTime Later(DateTime first, DateTime second) => first > second ? first : second;

    private void Move(CampaignStatus target, DateTime at, DateTime now)
    {
        _statusChanges.Add((Status, target));
        Status = target;
        StatusChangedAt = at;
        Touch(now);
    }
}
