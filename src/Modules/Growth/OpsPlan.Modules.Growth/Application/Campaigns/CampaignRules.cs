using OpsPlan.Modules.Growth.Contracts;
using OpsPlan.Modules.Growth.Contracts.Campaigns;
using OpsPlan.Modules.Growth.Domain.Campaigns;

namespace OpsPlan.Modules.Growth.Application.Campaigns;

/// <summary>The checks a campaign's plan shares across create and replace.</summary>
internal static class CampaignRules
{
    public const long MaxOfferPoints = 1_000_000;

    public static void PlanFields<T>(this AbstractValidator<T> validator, Func<T, CampaignRequest> fields)
    {
        validator.RuleFor(command => fields(command).Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
        validator.RuleFor(command => fields(command).Goal).NotNull().IsInEnum().OverridePropertyName("goal");
        validator.RuleFor(command => fields(command).ConversionEvent).IsInEnum().OverridePropertyName("conversionEvent");
        validator.RuleFor(command => fields(command).SegmentId).NotEqual(Guid.Empty).OverridePropertyName("segmentId");
        validator.RuleFor(command => fields(command).ChannelId).NotEqual(Guid.Empty).OverridePropertyName("channelId");
        validator.RuleFor(command => fields(command).ProductId).NotEqual(Guid.Empty).OverridePropertyName("productId");
        validator.RuleFor(command => fields(command).StartsAt).Must(at => at >= DateBounds.EarliestMoment && at <= DateBounds.LatestMoment)
            .When(command => fields(command).StartsAt is not null).WithMessage(DateBounds.Explanation).OverridePropertyName("startsAt");
        validator.RuleFor(command => fields(command).EndsAt).Must(at => at >= DateBounds.EarliestMoment && at <= DateBounds.LatestMoment)
            .When(command => fields(command).EndsAt is not null).WithMessage(DateBounds.Explanation).OverridePropertyName("endsAt");
        validator.RuleFor(command => fields(command).EndsAt).Must((command, end) => end > fields(command).StartsAt)
            .When(command => fields(command) is { StartsAt: not null, EndsAt: not null }).WithMessage("A campaign ends after it starts.").OverridePropertyName("endsAt");
        validator.RuleFor(command => fields(command).Budget!.Value.MinorUnits).GreaterThan(0).When(command => fields(command).Budget is not null)
            .WithMessage("A budget is above zero.").OverridePropertyName("budget.amount");
        validator.RuleFor(command => fields(command).Offer!.Kind).IsInEnum().When(command => fields(command).Offer is not null).OverridePropertyName("offer.kind");
        validator.RuleFor(command => fields(command).Offer!.Points).NotNull().InclusiveBetween(1, MaxOfferPoints)
            .When(command => fields(command).Offer?.Kind == OfferKind.Points).WithMessage($"A points offer gives 1 to {MaxOfferPoints:N0} points.")
            .OverridePropertyName("offer.points");
        validator.RuleFor(command => fields(command).Offer!.Points).Null()
            .When(command => fields(command).Offer is { Kind: not OfferKind.Points }).WithMessage("Only a points offer gives points.").OverridePropertyName("offer.points");
        validator.RuleFor(command => fields(command).Offer!.Detail).MaximumLength(1000).When(command => fields(command).Offer is not null)
            .OverridePropertyName("offer.detail");
    }

    /// <summary>The plan a command asks for; the conversion event defaults from the goal.</summary>
    public static CampaignPlan PlanOf(CampaignRequest fields) => new(fields.Name, fields.Goal!.Value,
        fields.ConversionEvent ?? CampaignPlan.DefaultConversion(fields.Goal.Value), fields.SegmentId, fields.ChannelId, fields.ProductId,
        fields.StartsAt is { } start ? SystemClock.TruncateToMicroseconds(start) : null, fields.EndsAt is { } end ? SystemClock.TruncateToMicroseconds(end) : null,
        fields.Budget, fields.Offer);

    /// <summary>A segment or channel that does not exist is a 400 on its field, like any other bad value.</summary>
    public static async Task CheckReferencesAsync(this ICampaignRepository campaigns, CampaignPlan plan, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (plan.SegmentId is { } segmentId && !await campaigns.SegmentExistsAsync(segmentId, cancellationToken))
        {
            errors["segmentId"] = ["No segment has this id."];
        }

        if (plan.ChannelId is { } channelId && !await campaigns.ChannelExistsAsync(channelId, cancellationToken))
        {
            errors["channelId"] = ["No channel has this id."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
