using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Modules.Lifecycle.Application.Requirements.GetRequirement;

internal sealed class GetRequirementQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetRequirementQuery, RequirementDto>
{
    private const string Sql = RequirementRow.SelectFromSql + " WHERE id = @Id AND product_id = @ProductId";

    public async Task<RequirementDto> Handle(GetRequirementQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<RequirementRow>(Sql, new { request.Id, request.ProductId }, "Requirement", request.Id, cancellationToken)).ToDto();
}
