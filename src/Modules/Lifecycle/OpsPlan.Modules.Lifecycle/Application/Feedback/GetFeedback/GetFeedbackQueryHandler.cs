using OpsPlan.Modules.Lifecycle.Contracts.Feedback;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.GetFeedback;

internal sealed class GetFeedbackQueryHandler(IDbConnectionFactory connectionFactory) : IQueryHandler<GetFeedbackQuery, FeedbackDto>
{
    private const string Sql = FeedbackRow.SelectFromSql + " WHERE id = @Id AND product_id = @ProductId";

    public async Task<FeedbackDto> Handle(GetFeedbackQuery request, CancellationToken cancellationToken) =>
        (await connectionFactory.SingleOrNotFoundAsync<FeedbackRow>(Sql, new { request.Id, request.ProductId }, "Feedback", request.Id, cancellationToken)).ToDto();
}
