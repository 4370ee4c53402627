using MediatR;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>A request that changes state. It runs inside one unit of work of its module and is audited.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;
