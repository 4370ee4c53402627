using OpsPlan.Modules.Lifecycle.Contracts.Releases;

namespace OpsPlan.Modules.Lifecycle.Application.Releases.ListReleases;

internal sealed class ListReleasesQueryValidator : ListQueryValidator<ListReleasesQuery>
{
    public ListReleasesQueryValidator()
        : base(ReleaseSorting.Keys) => RuleForEach(query => query.Type).IsInEnum();
}
