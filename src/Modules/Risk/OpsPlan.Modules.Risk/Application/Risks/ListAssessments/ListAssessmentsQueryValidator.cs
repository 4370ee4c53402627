using OpsPlan.Modules.Risk.Contracts.Risks;

namespace OpsPlan.Modules.Risk.Application.Risks.ListAssessments;

internal sealed class ListAssessmentsQueryValidator : ListQueryValidator<ListAssessmentsQuery>;
