using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Domain.Markets;

/// <summary>
/// A country the company sells in or plans to (seed ch.23). Its stage moves only along <see cref="Stages"/>, each move
/// kept with its reason; a paused market returns only to the stage it was paused from (or exits). Entering launch
/// passes the launch gate, whose missing conditions the caller finds and passes in.
/// </summary>
internal sealed class Market : AggregateRoot
{
    public const string LaunchGateNotMet = "overseas.launch-gate-not-met";

    private static readonly MarketStage[] Active = [MarketStage.Research, MarketStage.Assessment, MarketStage.Pilot, MarketStage.Launch, MarketStage.Scale];

    public static readonly Workflow<MarketStage> Stages = new("overseas.invalid-transition", "market", new Dictionary<MarketStage, MarketStage[]>
    {
        [MarketStage.Research] = [MarketStage.Assessment, MarketStage.Paused, MarketStage.Exited],
        [MarketStage.Assessment] = [MarketStage.Pilot, MarketStage.Paused, MarketStage.Exited],
        [MarketStage.Pilot] = [MarketStage.Launch, MarketStage.Paused, MarketStage.Exited],
        [MarketStage.Launch] = [MarketStage.Scale, MarketStage.Paused, MarketStage.Exited],
        [MarketStage.Scale] = [MarketStage.Paused, MarketStage.Exited],
        [MarketStage.Paused] = [.. Active, MarketStage.Exited],
        [MarketStage.Exited] = [],
    });

    private Market(AggregateState state, MarketProfile profile, MarketStage stage, DateTime stageChangedAt, MarketStage? pausedFrom, MarketScores? scores)
        : base(state)
    {
        Profile = profile;
        Stage = stage;
        StageChangedAt = stageChangedAt;
        PausedFrom = pausedFrom;
        Scores = scores;
    }

    public MarketProfile Profile { get; private set; }

    public MarketStage Stage { get; private set; }

    public DateTime StageChangedAt { get; private set; }

    /// <summary>The stage a paused market returns to.</summary>
    public MarketStage? PausedFrom { get; private set; }

    /// <summary>The latest assessment's scores.</summary>
    public MarketScores? Scores { get; private set; }

    /// <summary>Live markets bring revenue: their inflows make up the concentration view.</summary>
    public static bool IsLive(MarketStage stage) => stage is MarketStage.Launch or MarketStage.Scale;

    public static (Market Market, MarketStageChange First) Open(MarketProfile profile, string by, DateTime now)
    {
        var market = new Market(AggregateState.New(now), profile, MarketStage.Research, now, null, null);
        return (market, new MarketStageChange(Ids.New(), market.Id, null, MarketStage.Research, now, by, "Market recorded."));
    }

    public static Market Restore(AggregateState state, MarketProfile profile, MarketStage stage, DateTime stageChangedAt, MarketStage? pausedFrom, MarketScores? scores) =>
        new(state, profile, stage, stageChangedAt, pausedFrom, scores);

    public void Describe(MarketProfile profile, DateTime now)
    {
        Profile = profile;
        Touch(now);
    }

    /// <summary>Moves the stage; <paramref name="missing"/> is what the launch gate still lacks (409 listing it when any).</summary>
    public MarketStageChange MoveTo(MarketStage target, IReadOnlyList<string> missing, string reason, string by, DateTime now)
    {
        Stages.EnsureCanMove(Stage, target);
        if (Stage == MarketStage.Paused && target != MarketStage.Exited && target != PausedFrom)
        {
            throw new BusinessRuleException(Stages.Code, $"A paused market cannot move to '{EnumText.ToText(target)}'.",
                [$"It was paused from '{EnumText.ToText(PausedFrom)}': it returns there or exits."]);
        }

        if (target == MarketStage.Launch && missing.Count > 0)
        {
            throw new BusinessRuleException(LaunchGateNotMet, $"The market {Profile.Country} is not ready to launch.", missing);
        }

        var change = new MarketStageChange(Ids.New(), Id, Stage, target, now, by, reason);
        PausedFrom = target == MarketStage.Paused ? Stage : null;
        Stage = target;
        StageChangedAt = now;
        Touch(now);
        return change;
    }

    public void Assessed(MarketScores scores, DateTime now)
    {
        Scores = scores;
        Touch(now);
    }
}

internal sealed record MarketProfile(string Country, string Name, IReadOnlyList<string> Languages, string Currency, string Owner, DateOnly? TargetLaunchDate);

/// <summary>The latest assessment's scores, kept on the market so ranking reads one row per market.</summary>
internal sealed record MarketScores(int AssessmentVersion, decimal Attractiveness, decimal Risk, decimal Combined, DateTime AssessedAt);

/// <summary>One move of a market's stage; the first, from null, is its opening.</summary>
internal sealed record MarketStageChange(Guid Id, Guid MarketId, MarketStage? From, MarketStage To, DateTime ChangedAt, string ChangedBy, string Reason);
