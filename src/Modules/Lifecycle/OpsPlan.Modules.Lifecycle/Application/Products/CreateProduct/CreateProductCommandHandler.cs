using OpsPlan.BuildingBlocks.Application.Security;
using OpsPlan.Modules.Lifecycle.Contracts.Products;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Products.CreateProduct;

internal sealed class CreateProductCommandHandler(IProductRepository products, ICurrentUser user, IClock clock) : ICommandHandler<CreateProductCommand, ProductDto>
{
    public async Task<ProductDto> Handle(CreateProductCommand request, CancellationToken cancellationToken)
    {
        var fields = request.Fields;
        if (await products.NameTakenAsync(fields.Name, null, cancellationToken))
        {
            throw ProductRules.NameTaken();
        }

        var (product, firstStage) = Product.Create(fields.Name, fields.Owner, fields.Description, user.Id, clock.UtcNow);
        await products.AddAsync(product, firstStage, cancellationToken);
        return ProductRow.ToDto(product);
    }
}
