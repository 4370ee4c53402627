namespace OpsPlan.Modules.Risk.Application.Incidents;

internal static class IncidentRules
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int CommanderMaxLength = 200;

    /// <summary>The fields opening and updating an incident share.</summary>
    public static void IncidentDetails<T>(this AbstractValidator<T> validator, Func<T, string> title, Func<T, string?> description,
        Func<T, Enum?> type, Func<T, Enum?> severity, Func<T, string> commander)
    {
        validator.RuleFor(command => title(command)).NotEmpty().MaximumLength(TitleMaxLength).SingleLine().OverridePropertyName("title");
        validator.RuleFor(command => description(command)).MaximumLength(TextMaxLength).OverridePropertyName("description");
        validator.RuleFor(command => type(command)).NotNull().WithMessage("Type is required.").OverridePropertyName("type");
        validator.RuleFor(command => severity(command)).NotNull().WithMessage("Severity is required.").OverridePropertyName("severity");
        validator.RuleFor(command => commander(command)).NotEmpty().MaximumLength(CommanderMaxLength).SingleLine().OverridePropertyName("commander");
    }

    /// <summary>
    /// A moment of the response may be recorded late, but never ahead of time (a minute of clock skew allowed), nor
    /// before 1900 (a year-1 detection would make a time to confirm of a billion minutes).
    /// </summary>
    public static IRuleBuilderOptions<T, DateTime?> NotInTheFuture<T>(this IRuleBuilder<T, DateTime?> rule, IClock clock) =>
        rule.Must(moment => moment is null || moment.Value.ToUniversalTime() <= clock.UtcNow.AddMinutes(1)).WithMessage("The time may not lie in the future.")
            .Must(moment => moment is null || moment.Value.ToUniversalTime() >= DateBounds.EarliestMoment).WithMessage(DateBounds.Explanation);
}
