using MediatR;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

public interface ICommandHandler<in TCommand, TResult> : IRequestHandler<TCommand, TResult>
    where TCommand : ICommand<TResult>;
