namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// A business rule refuses the change (an illegal transition, an unmet gate). Surfaces as 409 with
/// <see cref="Code"/>, a stable machine-readable string such as <c>risk.invalid-transition</c>.
/// </summary>
public sealed class BusinessRuleException(string code, string message, IReadOnlyList<string>? reasons = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<string> Reasons { get; } = reasons ?? [];
}
