using OpsPlan.Modules.Lifecycle.Contracts.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Feedback;
using OpsPlan.Modules.Lifecycle.Domain.Products;

namespace OpsPlan.Modules.Lifecycle.Application.Feedback.CreateFeedback;

internal sealed class CreateFeedbackCommandHandler(IProductRepository products, IFeedbackRepository feedback, IClock clock)
    : ICommandHandler<CreateFeedbackCommand, FeedbackDto>
{
    public async Task<FeedbackDto> Handle(CreateFeedbackCommand request, CancellationToken cancellationToken)
    {
        if (!await products.ExistsAsync(request.ProductId, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var now = clock.UtcNow;
        var fields = request.Fields;
        var item = FeedbackItem.Receive(request.ProductId, null,
            FeedbackRules.ContentOf(fields.Source, fields.Rating, fields.Category, fields.Text, fields.ReceivedAt ?? now), now);
        await feedback.AddAsync([item], cancellationToken);
        return FeedbackRow.ToDto(item);
    }
}
