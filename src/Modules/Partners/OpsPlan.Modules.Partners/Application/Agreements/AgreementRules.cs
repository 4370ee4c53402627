using OpsPlan.Modules.Partners.Contracts.Agreements;
using OpsPlan.Modules.Partners.Domain.Agreements;

namespace OpsPlan.Modules.Partners.Application.Agreements;

/// <summary>The checks an agreement's fields share across create and replace.</summary>
internal static class AgreementRules
{
    public const int MaxNoticeDays = 365;
    public const decimal MaxTarget = 1_000_000m;

    /// <summary>One agreement of one partner (<c>@Id</c>, <c>@PartnerId</c>).</summary>
    public const string OneSql = AgreementRow.SelectFromSql + " WHERE id = @Id AND partner_id = @PartnerId";

    public static void AgreementFields<T>(this AbstractValidator<T> validator, Func<T, AgreementRequest> fields)
    {
        validator.RuleFor(command => fields(command).Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
        validator.RuleFor(command => fields(command).Type).NotNull().IsInEnum().OverridePropertyName("type");
        validator.RuleFor(command => fields(command).StartDate).NotNull().WithinDateBounds().OverridePropertyName("startDate");
        validator.RuleFor(command => fields(command).EndDate).NotNull().WithinDateBounds().OverridePropertyName("endDate");
        validator.RuleFor(command => fields(command).EndDate).GreaterThanOrEqualTo(command => fields(command).StartDate)
            .When(command => fields(command) is { StartDate: not null, EndDate: not null }).WithMessage("An agreement ends on or after it starts.").OverridePropertyName("endDate");
        validator.RuleFor(command => fields(command).Value!.Value.MinorUnits).GreaterThanOrEqualTo(0).When(command => fields(command).Value is not null)
            .WithMessage("A value is zero or more.").OverridePropertyName("value.amount");
        validator.RuleFor(command => fields(command).NoticeDays).InclusiveBetween(0, MaxNoticeDays).OverridePropertyName("noticeDays");
        validator.RuleFor(command => fields(command).SlaTargets).Must(targets => targets!.Select(target => target.Metric).Distinct().Count() == targets!.Count)
            .When(command => fields(command).SlaTargets is not null).WithMessage("One target per metric.").OverridePropertyName("slaTargets");
        validator.RuleForEach(command => fields(command).SlaTargets).ChildRules(target =>
        {
            target.RuleFor(item => item.Metric).NotNull().IsInEnum();
            target.RuleFor(item => item.Target).NotNull().InclusiveBetween(0, MaxTarget).PrecisionScale(11, 4, true);
            target.RuleFor(item => item.Comparison).NotNull().IsInEnum();
        }).OverridePropertyName("slaTargets");
    }

    public static AgreementTerms TermsOf(AgreementRequest fields) => new(fields.Title, fields.Type!.Value, fields.StartDate!.Value, fields.EndDate!.Value, fields.Value,
        fields.AutoRenew ?? false, fields.NoticeDays ?? 0,
        (fields.SlaTargets ?? []).Select(target => new SlaTarget(target.Metric!.Value, target.Target!.Value, target.Comparison!.Value)).ToList());
}
