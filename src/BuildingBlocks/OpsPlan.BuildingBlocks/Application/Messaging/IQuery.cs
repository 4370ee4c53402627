using MediatR;

namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>A request that only reads. It never opens a unit of work.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
