using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Validation;

/// <summary>
/// Names, titles, owners and other one-line fields refuse line breaks and tabs, which every JSON string may carry
/// (descriptions, notes and reasons keep them): a console shows them on one line, and exports split on them.
/// </summary>
public static class TextRules
{
    public const string SingleLineMessage = "One line of text: no line breaks or tabs.";

    // Generic over the text's nullability, so one rule serves required (string) and optional (string?) fields.
    public static IRuleBuilderOptions<T, TText> SingleLine<T, TText>(this IRuleBuilder<T, TText> rule)
        where TText : IEnumerable<char>? =>
        rule.Must(text => text is not string line || line.AsSpan().IndexOfAny('\r', '\n', '\t') < 0).WithMessage(SingleLineMessage);
}
