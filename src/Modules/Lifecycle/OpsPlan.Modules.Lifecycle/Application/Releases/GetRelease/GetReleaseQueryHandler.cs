using OpsPlan.Modules.Lifecycle.Contracts.Releases;

namespace OpsPlan.Modules.Lifecycle.Application.Releases.GetRelease;

internal sealed class GetReleaseQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetReleaseQuery, ReleaseDto>
{
    private const string Sql = ReleaseRow.SelectFromSql + " WHERE id = @Id AND product_id = @ProductId";

    public async Task<ReleaseDto> Handle(GetReleaseQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<ReleaseRow>(Sql, new { request.Id, request.ProductId }, "Release", request.Id, cancellationToken)).ToDto();
}
