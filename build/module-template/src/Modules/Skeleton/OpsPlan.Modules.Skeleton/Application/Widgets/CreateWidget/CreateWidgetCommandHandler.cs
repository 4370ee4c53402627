using OpsPlan.Modules.Skeleton.Contracts.Events;
using OpsPlan.Modules.Skeleton.Contracts.Widgets;
using OpsPlan.Modules.Skeleton.Domain.Widgets;

namespace OpsPlan.Modules.Skeleton.Application.Widgets.CreateWidget;

internal sealed class CreateWidgetCommandHandler(IWidgetRepository widgets, IOutbox outbox, IClock clock) : ICommandHandler<CreateWidgetCommand, WidgetDto>
{
    public async Task<WidgetDto> Handle(CreateWidgetCommand request, CancellationToken cancellationToken)
    {
        if (await widgets.NameTakenAsync(request.Name, cancellationToken))
        {
            throw new BusinessRuleException("skeleton.duplicate-name", "A widget with this name exists already.");
        }

        var widget = Widget.Create(request.Name, request.Description, clock.UtcNow);
        await widgets.AddAsync(widget, cancellationToken);
        await outbox.EnqueueAsync(new WidgetCreated(widget.Id, widget.Name), cancellationToken);
        return WidgetRow.ToDto(widget);
    }
}
