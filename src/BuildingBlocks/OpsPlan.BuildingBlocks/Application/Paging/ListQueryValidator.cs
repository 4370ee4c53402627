using FluentValidation;

namespace OpsPlan.BuildingBlocks.Application.Paging;

/// <summary>The rules every list shares; a module's list validator derives from it and adds its filters.</summary>
public abstract class ListQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IListQuery
{
    protected ListQueryValidator()
    {
        RuleFor(query => query.Limit).InclusiveBetween(1, ListPaging.MaxLimit);
        RuleFor(query => query.Cursor)
            .Must((query, cursor) => PageCursor.TryDecode(cursor, out var decoded) && (query.UpdatedSince is null || decoded!.Order == PageOrder.UpdatedAscending))
            .When(query => query.Cursor is not null)
            .WithMessage("The cursor is not one this list issued (or belongs to a list with other filters or order).");
    }
}
