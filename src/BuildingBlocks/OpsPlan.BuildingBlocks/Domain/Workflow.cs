namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// Which status a record may move to from which, and the refusal when it may not: 409 with the module's
/// <c>&lt;module&gt;.invalid-transition</c> code and, as its reason, where the record can go from here.
/// </summary>
public sealed class Workflow<TStatus>(string code, string noun, IReadOnlyDictionary<TStatus, TStatus[]> allowed)
    where TStatus : struct, Enum
{
    public string Code { get; } = code;

    public bool CanMove(TStatus from, TStatus to) => allowed[from].Contains(to);

    public IReadOnlyList<TStatus> NextFrom(TStatus from) => allowed[from];

    public void EnsureCanMove(TStatus from, TStatus to)
    {
        if (CanMove(from, to))
        {
            return;
        }

        var next = NextFrom(from);
        var reason = next.Count == 0
            ? $"'{EnumText.ToText(from)}' is final."
            : $"From '{EnumText.ToText(from)}' a {noun} can move to: {string.Join(", ", next.Select(EnumText.ToText))}.";
        throw new BusinessRuleException(Code, $"A {noun} cannot move from '{EnumText.ToText(from)}' to '{EnumText.ToText(to)}'.", [reason]);
    }
}
