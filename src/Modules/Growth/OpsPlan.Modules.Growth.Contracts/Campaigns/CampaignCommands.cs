namespace OpsPlan.Modules.Growth.Contracts.Campaigns;

/// <summary>
/// A campaign's plan, as POST drafts it and PUT replaces it. Everything but name and goal may come later, but
/// scheduling needs a segment, a schedule and a budget. <c>conversionEvent</c> defaults from the goal (see the module's docs).
/// </summary>
public sealed record CampaignRequest(
    string Name,
    CampaignGoal? Goal,
    ActivityType? ConversionEvent,
    Guid? SegmentId,
    Guid? ChannelId,
    Guid? ProductId,
    DateTime? StartsAt,
    DateTime? EndsAt,
    Money? Budget,
    CampaignOffer? Offer) : IBodyOf<CreateCampaignCommand>, IBodyOf<UpdateCampaignCommand>;

/// <summary>Drafts a campaign.</summary>
public sealed record CreateCampaignCommand(CampaignRequest Plan) : ICommand<CampaignDto>;

/// <summary>Replaces a draft's plan; a campaign past draft is 409 <c>growth.campaign-not-draft</c>.</summary>
public sealed record UpdateCampaignCommand(Guid Id, ExpectedVersion? ExpectedVersion, CampaignRequest Plan) : ICommand<CampaignDto>;

/// <summary>The body of a status transition: where to, and why (kept in the audit trail).</summary>
public sealed record CampaignStatusTransitionRequest(CampaignStatus? Status, string? Note) : IBodyOf<TransitionCampaignStatusCommand>;

/// <summary>
/// draft → scheduled (freezes the audience), scheduled → draft (drops it), draft | scheduled | running → cancelled.
/// running and completed follow the schedule; asking for them is 409 <c>growth.invalid-transition</c>.
/// </summary>
public sealed record TransitionCampaignStatusCommand(Guid Id, ExpectedVersion? ExpectedVersion, CampaignStatus? Status, string? Note) : ICommand<CampaignDto>;

/// <summary>Moves every campaign whose schedule says so: scheduled → running at its start, running → completed at its end.</summary>
public sealed record AdvanceCampaignsCommand : ICommand<CampaignAdvanceDto>;

/// <summary>
/// Records money spent on a campaign, in the budget's currency; it is booked in Finance as a marketing outflow of
/// <c>costCenterId</c> (the entry shows <c>pending</c> until Finance has it, then <c>booked</c> or <c>failed</c>).
/// </summary>
public sealed record RecordCampaignSpendCommand(Guid CampaignId, Money Amount, DateOnly SpentOn, Guid CostCenterId, string Description) : ICommand<CampaignSpendDto>;

/// <summary>The body of a spend entry.</summary>
public sealed record CampaignSpendRequest(Money Amount, DateOnly SpentOn, Guid CostCenterId, string Description) : IBodyOf<RecordCampaignSpendCommand>
{
    public RecordCampaignSpendCommand ToCommand(Guid campaignId) => new(campaignId, Amount, SpentOn, CostCenterId, Description);
}
