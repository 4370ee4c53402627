using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.UpdateProduct;

internal sealed class UpdateProductCommandHandler(IProductRepository products, IClock clock) : ICommandHandler<UpdateProductCommand, ProductDto>
{
    public async Task<ProductDto> Handle(UpdateProductCommand request, CancellationToken cancellationToken)
    {
        var product = await products.GetAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var fields = request.Fields;
        if (await products.NameTakenAsync(fields.Name, product.Id, cancellationToken))
        {
            throw ProductRules.NameTaken();
        }

        product.Describe(fields.Name, fields.Owner, fields.Description, clock.UtcNow);
        await products.UpdateAsync(product, cancellationToken);
        return ProductRow.ToDto(product);
    }
}
