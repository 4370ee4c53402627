using OpsPlan.Modules.Lifecycle.Contracts.Releases;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Products;
using OpsPlan.Modules.Lifecycle.Domain.Releases;
using OpsPlan.Modules.Lifecycle.Domain.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Releases.CreateRelease;

/// <summary>
/// Records a release and, in the same transaction, moves the requirements it delivers and the feedback it fixes to
/// done. Every id must name a record of the product that is still open (400 naming the field otherwise).
/// </summary>
internal sealed class CreateReleaseCommandHandler(IProductRepository products, IReleaseRepository releases, IRequirementRepository requirements,
    IFeedbackRepository feedback, IClock clock) : ICommandHandler<CreateReleaseCommand, ReleaseDto>
{
    public async Task<ReleaseDto> Handle(CreateReleaseCommand request, CancellationToken cancellationToken)
    {
        if (!await products.ExistsAsync(request.ProductId, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var fields = request.Fields;
        var requirementIds = fields.RequirementIds ?? [];
        var feedbackIds = fields.FeedbackIds ?? [];
        var delivered = await requirements.FindAsync(request.ProductId, requirementIds, cancellationToken);
        var fixedItems = await feedback.FindAsync(request.ProductId, feedbackIds, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (await releases.VersionTakenAsync(request.ProductId, fields.Version, cancellationToken))
        {
            errors["version"] = ["This product has a release with this version already."];
        }

        var badRequirements = requirementIds.Where(id => delivered.FirstOrDefault(requirement => requirement.Id == id) is not { IsDeliverable: true }).ToList();
        if (badRequirements.Count > 0)
        {
            errors["requirementIds"] = ["Not an accepted or in-progress requirement of this product: " + string.Join(", ", badRequirements) + "."];
        }

        var badFeedback = feedbackIds.Where(id => fixedItems.FirstOrDefault(item => item.Id == id) is not { IsOpen: true }).ToList();
        if (badFeedback.Count > 0)
        {
            errors["feedbackIds"] = ["Not an open (neither done nor declined) feedback item of this product: " + string.Join(", ", badFeedback) + "."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var now = clock.UtcNow;
        var release = new Release(Ids.New(), request.ProductId, fields.Version, fields.ReleasedOn ?? DateOnly.FromDateTime(now), fields.Type!.Value, fields.Notes,
            requirementIds, feedbackIds, now);
        await releases.AddAsync(release, cancellationToken);
        foreach (var requirement in delivered)
        {
            requirement.DeliveredBy(release.Id, now);
        }

        foreach (var item in fixedItems)
        {
            item.FixedBy(release.Id, now);
        }

        await requirements.UpdateAsync(delivered, cancellationToken);
        await feedback.UpdateAsync(fixedItems, cancellationToken);
        return ReleaseRow.ToDto(release);
    }
}
