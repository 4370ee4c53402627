using OpsPlan.Modules.Lifecycle.Contracts;
using OpsPlan.Modules.Lifecycle.Contracts.Experiments;
using OpsPlan.Modules.Lifecycle.Contracts.Feedback;
using OpsPlan.Modules.Lifecycle.Contracts.Releases;
using OpsPlan.Modules.Lifecycle.Contracts.Requirements;

namespace OpsPlan.Api.Endpoints.Lifecycle;

/// <summary>Swagger UI's example bodies for what a product's team works on: requirements, releases, feedback and experiments.</summary>
internal static class DeliveryExamples
{
    private static readonly Guid Product = ProductExamples.Product;
    private static readonly Guid Feedback = Guid.Parse("019ad000-0000-7000-8000-000000000111");
    private static readonly Guid Requirement = Guid.Parse("019ad000-0000-7000-8000-000000000112");
    private static readonly Guid Release = Guid.Parse("019ad000-0000-7000-8000-000000000113");
    private static readonly Guid Experiment = Guid.Parse("019ad000-0000-7000-8000-000000000114");
    private static readonly DateTime At = new(2026, 11, 12, 14, 0, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples) => examples
        .Add(new RequirementRequest("Recurring tasks", "Weekly and monthly repeats, asked for in 40 support tickets.", RequirementSource.Feedback, RequirementPriority.Must,
            [Feedback], "2.4.0"))
        .Add(new RequirementDto
        {
            Id = Requirement, ProductId = Product, Title = "Recurring tasks", Description = "Weekly and monthly repeats, asked for in 40 support tickets.",
            Source = RequirementSource.Feedback, Priority = RequirementPriority.Must, Status = RequirementStatus.InProgress, FeedbackIds = [Feedback], TargetVersion = "2.4.0",
            CreatedAt = At, UpdatedAt = At, Version = 3,
        })
        .Add(new RequirementStatusTransitionRequest(RequirementStatus.InProgress, "Planned for the 2.4 iteration."))
        .Add(new ReleaseRequest("2.4.0", new DateOnly(2026, 11, 30), ReleaseType.Minor, "Recurring tasks; calendar sync fixes.", [Requirement], [Feedback]))
        .Add(new ReleaseDto
        {
            Id = Release, ProductId = Product, Version = "2.4.0", ReleasedOn = new DateOnly(2026, 11, 30), Type = ReleaseType.Minor,
            Notes = "Recurring tasks; calendar sync fixes.", RequirementIds = [Requirement], FeedbackIds = [Feedback], CreatedAt = At, UpdatedAt = At,
        })
        .Add(new FeedbackRequest(FeedbackSource.AppReview, 2, FeedbackCategory.Feature, "No way to repeat a task every week.", At))
        .Add(new FeedbackBatchRequest([new FeedbackSyncItem("zendesk-88213", Product, FeedbackSource.Support, null, FeedbackCategory.Bug,
            "Calendar sync drops events created on mobile.", At)]))
        .Add(new FeedbackDto
        {
            Id = Feedback, ProductId = Product, ExternalId = "zendesk-88213", Source = FeedbackSource.Support, Category = FeedbackCategory.Bug,
            Text = "Calendar sync drops events created on mobile.", Status = FeedbackStatus.Planned, ReceivedAt = At, CreatedAt = At, UpdatedAt = At, Version = 3,
        })
        .Add(new FeedbackStatusTransitionRequest(FeedbackStatus.Triaged, "Reproduced on Android 15."))
        .Add(new FeedbackSummaryDto
        {
            ProductId = Product, From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 11, 30), Total = 214, Rated = 120, AverageRating = 3.42m,
            Months =
            [
                new FeedbackPeriodDto { Month = new DateOnly(2026, 10, 1), Count = 98, Rated = 51, AverageRating = 3.31m },
                new FeedbackPeriodDto { Month = new DateOnly(2026, 11, 1), Count = 116, Rated = 69, AverageRating = 3.51m },
            ],
            Categories = [new FeedbackCategoryCountDto { Category = FeedbackCategory.Bug, Count = 88 }, new FeedbackCategoryCountDto { Category = FeedbackCategory.Feature, Count = 126 }],
            Statuses = [new FeedbackStatusCountDto { Status = FeedbackStatus.New, Count = 40 }, new FeedbackStatusCountDto { Status = FeedbackStatus.Done, Count = 174 }],
        })
        .Add(new ExperimentRequest("Onboarding checklist", "A checklist on the first screen raises activation.", "activation", ["control", "checklist"], 2_000))
        .Add(new ExperimentDto
        {
            Id = Experiment, ProductId = Product, Name = "Onboarding checklist", Hypothesis = "A checklist on the first screen raises activation.", Metric = "activation",
            MinimumSampleSize = 2_000, Status = ExperimentStatus.Running, StartedAt = At,
            Variants = [new VariantDto { Name = "control", Exposures = 2_400, Conversions = 240 }, new VariantDto { Name = "checklist", Exposures = 2_380, Conversions = 298 }],
            CreatedAt = At, UpdatedAt = At, Version = 5,
        })
        .Add(new ExperimentStatusTransitionRequest(ExperimentStatus.Concluded, "Enough evidence; rolling out the checklist."))
        .Add(new VariantResultsBatchRequest([new VariantResultItem(Experiment, "checklist", 2_380, 298)]))
        .Add(new ExperimentResultsDto
        {
            ExperimentId = Experiment, Status = ExperimentStatus.Running, Alpha = 0.05m, MinimumSampleSize = 2_000, SampleSizeReached = true, Control = "control",
            Variants =
            [
                new VariantResultDto { Name = "control", Exposures = 2_400, Conversions = 240, ConversionRate = 0.1m, Significant = false },
                new VariantResultDto { Name = "checklist", Exposures = 2_380, Conversions = 298, ConversionRate = 0.12521m, RelativeLift = 0.252101m, ZScore = 2.757439m,
                    PValue = 0.005826m, Significant = true },
            ],
            Winner = "checklist",
            Verdict = "checklist wins: it converts significantly better than the control (p < 0.05).",
        });
}
