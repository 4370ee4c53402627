using OpsPlan.Modules.Overseas.Contracts.Compliance;
using OpsPlan.Modules.Overseas.Contracts.Events;
using OpsPlan.Modules.Overseas.Domain.Compliance;
using OpsPlan.Modules.Overseas.Domain.Markets;

namespace OpsPlan.Modules.Overseas.Application.Compliance;

/// <summary>The checks a compliance item's fields share across create and replace, and its announcement to Risk.</summary>
internal static class ComplianceRules
{
    public static void ItemFields<T>(this AbstractValidator<T> validator, Func<T, ComplianceItemRequest> fields)
    {
        validator.RuleFor(command => fields(command).Regulation).NotEmpty().MaximumLength(100).SingleLine()
            .WithMessage("A regulation is 1-100 characters on one line: GDPR, LGPD, PIPL, CCPA, DPDP or its name.").OverridePropertyName("regulation");
        validator.RuleFor(command => fields(command).Requirement).NotEmpty().MaximumLength(2000).OverridePropertyName("requirement");
        validator.RuleFor(command => fields(command).Severity).NotNull().IsInEnum().OverridePropertyName("severity");
        validator.RuleFor(command => fields(command).DueDate).WithinDateBounds().OverridePropertyName("dueDate");
        validator.RuleFor(command => fields(command).Evidence).MaximumLength(2000).OverridePropertyName("evidence");
    }

    public static ComplianceRequirement RequirementOf(ComplianceItemRequest fields) =>
        new(fields.Regulation, fields.Requirement, fields.Severity!.Value, fields.DueDate, fields.Evidence);

    /// <summary>Publishes the item when it is critical and open, so Risk raises or re-scores its one risk for it.</summary>
    public static async Task AnnounceIfOpenCriticalAsync(this IOutbox outbox, ComplianceItem item, Market market, CancellationToken cancellationToken)
    {
        if (item.IsOpenCritical)
        {
            await outbox.EnqueueAsync(new CriticalComplianceGapOpened(item.Id, market.Id, market.Profile.Country, market.Profile.Owner, item.Requirement.Regulation,
                item.Requirement.Requirement, item.Status, item.Requirement.DueDate), cancellationToken);
        }
    }
}
