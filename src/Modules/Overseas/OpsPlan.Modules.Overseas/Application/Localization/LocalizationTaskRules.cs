using OpsPlan.Modules.Overseas.Contracts.Localization;
using OpsPlan.Modules.Overseas.Domain.Localization;

namespace OpsPlan.Modules.Overseas.Application.Localization;

/// <summary>The checks a localization task's fields share across create and replace.</summary>
internal static class LocalizationTaskRules
{
    public static void TaskFields<T>(this AbstractValidator<T> validator, Func<T, LocalizationTaskRequest> fields)
    {
        validator.RuleFor(command => fields(command).Area).NotNull().IsInEnum().OverridePropertyName("area");
        validator.RuleFor(command => fields(command).Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
        validator.RuleFor(command => fields(command).Owner).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("owner");
        validator.RuleFor(command => fields(command).DueDate).NotNull().WithinDateBounds().OverridePropertyName("dueDate");
        validator.RuleFor(command => fields(command).Weight).NotNull().InclusiveBetween(1, 100).WithMessage("A weight is a whole number from 1 to 100.")
            .OverridePropertyName("weight");
    }

    public static LocalizationWork WorkOf(LocalizationTaskRequest fields) =>
        new(fields.Area!.Value, fields.Title, fields.Owner, fields.DueDate!.Value, fields.Weight!.Value);
}
