using MediatR;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

internal sealed class MediatorDispatcher(IMediator mediator) : IDispatcher
{
    public Task<TResult> SendAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default) =>
        mediator.Send(command, cancellationToken);

    public Task<TResult> QueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default) =>
        mediator.Send(query, cancellationToken);
}
