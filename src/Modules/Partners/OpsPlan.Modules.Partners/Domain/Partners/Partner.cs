using OpsPlan.Modules.Partners.Contracts;

namespace OpsPlan.Modules.Partners.Domain.Partners;

/// <summary>
/// A partner (seed ch.14, 20: strategic procurement partners and outsourcing providers). Its status moves only along
/// <see cref="Statuses"/>, each move kept with its reason; becoming active needs every required due-diligence item
/// approved, which the caller checks and passes in.
/// </summary>
internal sealed class Partner : AggregateRoot
{
    public const string DueDiligenceIncomplete = "partners.due-diligence-incomplete";

    public static readonly Workflow<PartnerStatus> Statuses = new("partners.invalid-transition", "partner", new Dictionary<PartnerStatus, PartnerStatus[]>
    {
        [PartnerStatus.Prospect] = [PartnerStatus.Onboarding, PartnerStatus.Terminated],
        [PartnerStatus.Onboarding] = [PartnerStatus.Active, PartnerStatus.Terminated],
        [PartnerStatus.Active] = [PartnerStatus.Suspended, PartnerStatus.Terminated],
        [PartnerStatus.Suspended] = [PartnerStatus.Active, PartnerStatus.Terminated],
        [PartnerStatus.Terminated] = [],
    });

    private Partner(AggregateState state, PartnerProfile profile, PartnerStatus status, DateTime statusChangedAt, PartnerTier? tier)
        : base(state)
    {
        Profile = profile;
        Status = status;
        StatusChangedAt = statusChangedAt;
        Tier = tier;
    }

    public PartnerProfile Profile { get; private set; }

    public PartnerStatus Status { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    public PartnerTier? Tier { get; private set; }

    public static (Partner Partner, PartnerStatusChange First) Register(PartnerProfile profile, string by, DateTime now)
    {
        var partner = new Partner(AggregateState.New(now), profile, PartnerStatus.Prospect, now, null);
        return (partner, new PartnerStatusChange(Ids.New(), partner.Id, null, PartnerStatus.Prospect, now, by, "Partner recorded."));
    }

    public static Partner Restore(AggregateState state, PartnerProfile profile, PartnerStatus status, DateTime statusChangedAt, PartnerTier? tier) =>
        new(state, profile, status, statusChangedAt, tier);

    public void Describe(PartnerProfile profile, DateTime now)
    {
        Profile = profile;
        Touch(now);
    }

    /// <summary>Moves the status; <paramref name="openItems"/> are the required due-diligence items not yet approved.</summary>
    public PartnerStatusChange MoveTo(PartnerStatus target, IReadOnlyList<string> openItems, string reason, string by, DateTime now)
    {
        Statuses.EnsureCanMove(Status, target);
        if (target == PartnerStatus.Active && openItems.Count > 0)
        {
            throw new BusinessRuleException(DueDiligenceIncomplete, "The partner cannot become active before its due diligence is complete.", openItems);
        }

        var change = new PartnerStatusChange(Ids.New(), Id, Status, target, now, by, reason);
        Status = target;
        StatusChangedAt = now;
        Touch(now);
        return change;
    }

    /// <summary>Takes the tier the latest scorecard recommends; false when it is the tier already.</summary>
    public bool Rate(PartnerTier tier, DateTime now)
    {
        if (Tier == tier)
        {
            return false;
        }

        Tier = tier;
        Touch(now);
        return true;
    }
}

internal sealed record PartnerProfile(string Name, PartnerType Type, string Country, IReadOnlyList<Contact> Contacts, string? Description);

internal sealed record Contact(string Name, string? Role, string Email);

/// <summary>One move of a partner's status; the first, from null, is its registration.</summary>
internal sealed record PartnerStatusChange(Guid Id, Guid PartnerId, PartnerStatus? From, PartnerStatus To, DateTime ChangedAt, string ChangedBy, string Reason);
