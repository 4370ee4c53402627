namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>The one door into the modules: the host and other modules send commands and queries through it.</summary>
public interface IDispatcher
{
    Task<TResult> SendAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default);

    Task<TResult> QueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default);
}
