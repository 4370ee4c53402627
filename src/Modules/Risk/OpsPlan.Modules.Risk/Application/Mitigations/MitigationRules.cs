namespace OpsPlan.Modules.Risk.Application.Mitigations;

internal static class MitigationRules
{
    public const int ActionMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    /// <summary>Action and owner, as both the add and the update commands carry them.</summary>
    public static void MitigationDetails<T>(this AbstractValidator<T> validator, Func<T, string> action, Func<T, string> owner)
    {
        validator.RuleFor(command => action(command)).NotEmpty().MaximumLength(ActionMaxLength).OverridePropertyName("action");
        validator.RuleFor(command => owner(command)).NotEmpty().MaximumLength(OwnerMaxLength).SingleLine().OverridePropertyName("owner");
    }
}
