using OpsPlan.Modules.Lifecycle.Contracts.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.ListProducts;

internal sealed class ListProductsQueryValidator : ListQueryValidator<ListProductsQuery>
{
    public ListProductsQueryValidator()
        : base(ProductSorting.Keys)
    {
        RuleForEach(query => query.Stage).IsInEnum();
        RuleFor(query => query.Owner).MaximumLength(200);
    }
}
