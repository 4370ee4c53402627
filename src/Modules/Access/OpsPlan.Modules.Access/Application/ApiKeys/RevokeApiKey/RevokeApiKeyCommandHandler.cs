using OpsPlan.Modules.Access.Contracts.ApiKeys;
using OpsPlan.Modules.Access.Domain.ApiKeys;

namespace OpsPlan.Modules.Access.Application.ApiKeys.RevokeApiKey;

internal sealed class RevokeApiKeyCommandHandler(IApiKeyRepository apiKeys, IClock clock) : ICommandHandler<RevokeApiKeyCommand, ApiKeyDto>
{
    public async Task<ApiKeyDto> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var apiKey = await apiKeys.GetAsync(request.Id, cancellationToken);
        apiKey.Revoke(clock.UtcNow);
        await apiKeys.RevokeAsync(apiKey, cancellationToken);
        return ApiKeyRow.ToDto(apiKey);
    }
}
