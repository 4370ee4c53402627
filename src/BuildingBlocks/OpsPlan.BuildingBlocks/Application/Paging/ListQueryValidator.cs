using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>The rules every list shares; a module's list validator derives from it and adds its filters.</summary>
public abstract class ListQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IListQuery
{
    /// <param name="sortable">What the list may be sorted by besides <see cref="SortKey.Defaults"/>.</param>
    protected ListQueryValidator(IReadOnlyList<SortKey>? sortable = null)
    {
        IReadOnlyList<SortKey> keys = [.. SortKey.Defaults, .. sortable ?? []];
        RuleFor(query => query.Limit).InclusiveBetween(1, ListPaging.MaxLimit);
        RuleFor(query => query.Sort!).Custom((sort, context) =>
        {
            if (!ListSort.TryParse(sort, keys, out _, out var error))
            {
                context.AddFailure(error);
            }
            else if (context.InstanceToValidate.UpdatedSince is not null)
            {
                context.AddFailure("Changes (updatedSince) always come oldest first: leave sort out.");
            }
        }).When(query => query.Sort is not null);
        RuleFor(query => query.Cursor)
            .Must((query, cursor) => query.Sort is null
                ? PageCursor.TryDecode(cursor, out var decoded) && (query.UpdatedSince is null || decoded!.Order == PageOrder.UpdatedAscending)
                : ListSort.TryParse(query.Sort, keys, out var terms, out _) && SortedCursor.TryDecode(cursor, query.Sort, terms, out _, out _))
            .When(query => query.Cursor is not null)
            .WithMessage("The cursor is not one this list issued (or belongs to a list with another order or sort).");
    }
}
