using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Validation;

/// <summary>
/// Names, titles, owners and other one-line fields refuse line breaks and tabs, which every JSON string may carry
/// (descriptions, notes and reasons keep them): a console shows them on one line, and exports split on them.
/// </summary>
public static class TextRules
{
    public const string SingleLineMessage = "One line of text: no line breaks or tabs.";

    public const int ExternalIdMaxLength = 100;

    /// <summary>As a pattern, so the OpenAPI document states it too.</summary>
    public const string SingleLinePattern = @"^[^\r\n\t]*$";

#nullable disable
    // Nullable-oblivious, as FluentValidation's own string rules are, so required and optional fields share it.
    public static IRuleBuilderOptions<T, string> SingleLine<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(SingleLinePattern).WithMessage(SingleLineMessage);

    /// <summary>An integrator's own id for a record: up to 100 printable ASCII characters without spaces.</summary>
    public static IRuleBuilderOptions<T, string> ExternalId<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(ExternalIdMaxLength).Matches(@"^[\x21-\x7E]+$").WithMessage("An external id is up to 100 printable ASCII characters without spaces.");
#nullable restore
}
