namespace OpsPlan.BuildingBlocks.Application.Messaging;

/// <summary>
/// A request body from which the API builds <typeparamref name="TCommand"/>, adding what the address carries (an id,
/// an If-Match version). The command's validator states the body's rules, so the OpenAPI document reads them there.
/// </summary>
public interface IBodyOf<TCommand>;
