using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Batches;

/// <summary>The rule every batch command shares: 1 to its maximum of items (each item is validated on its own by the batch loop).</summary>
public abstract class BatchCommandValidator<TCommand, TItem> : AbstractValidator<TCommand>
    where TItem : class
{
    protected BatchCommandValidator(System.Linq.Expressions.Expression<Func<TCommand, IReadOnlyList<BatchEntry<TItem>>>> items, int maxItems = BatchEntry<TItem>.MaxItems) =>
        RuleFor(items).NotEmpty().Must(entries => entries.Count <= maxItems).WithMessage($"A batch has 1 to {maxItems:N0} items.");
}
