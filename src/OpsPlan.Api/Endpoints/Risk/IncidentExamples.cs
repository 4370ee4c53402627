using OpsPlan.Modules.Risk.Contracts;
using OpsPlan.Modules.Risk.Contracts.Incidents;

namespace OpsPlan.Api.Endpoints.Risk;

internal static class IncidentExamples
{
    private static readonly Guid IncidentId = Guid.Parse("019a5f50-3c1d-7e22-8a41-2b3c4d5e6f70");
    private static readonly DateTime Detected = new(2026, 11, 20, 14, 2, 0, DateTimeKind.Utc);

    public static void Register(ExampleCatalog examples) => examples
        .Add(new OpenIncidentCommand("Checkout failing for card payments", "Error rate on /checkout at 40% since 14:00 UTC.",
            IncidentType.Outage, IncidentSeverity.Sev1, "oncall@example.com", Detected))
        .Add(new IncidentRequest("Checkout failing for card payments", "Card processor returning 503s.", IncidentType.PartnerFailure, IncidentSeverity.Sev1, "oncall@example.com"))
        .Add(new IncidentStatusTransitionRequest(IncidentStatus.Confirmed, "Reproduced; processor status page confirms."))
        .Add(new PostMortemRequest("Processor capacity exhausted by a partner's batch job.", "Single processor is a single point of failure.",
            ["Contract a second processor", "Alert on processor latency above 2 s"]))
        .Add(new TimelineEntryRequest("Traffic shifted to the backup processor.", Detected.AddMinutes(25)))
        .Add(new LinkRiskRequest(Guid.Parse("019a5f3e-8d2c-7b41-9e0a-3c5d7f9b1a2e")))
        .Add(new IncidentDto
        {
            Id = IncidentId,
            Title = "Checkout failing for card payments",
            Description = "Card processor returning 503s.",
            Type = IncidentType.PartnerFailure,
            Severity = IncidentSeverity.Sev1,
            Status = IncidentStatus.Recovered,
            Commander = "oncall@example.com",
            DetectedAt = Detected,
            ConfirmedAt = Detected.AddMinutes(6),
            RecoveredAt = Detected.AddMinutes(48),
            TimeToConfirmMinutes = 6,
            TimeToRecoverMinutes = 48,
            PostMortem = new PostMortemDto("Processor capacity exhausted by a partner's batch job.", "Single processor is a single point of failure.", ["Contract a second processor"]),
            LinkedRiskIds = [Guid.Parse("019a5f3e-8d2c-7b41-9e0a-3c5d7f9b1a2e")],
            CreatedAt = Detected,
            UpdatedAt = Detected.AddMinutes(48),
            Version = 5,
        })
        .Add(new TimelineEntryDto
        {
            Id = Guid.Parse("019a5f51-0a0b-7c0d-9e0f-101112131415"),
            IncidentId = IncidentId,
            OccurredAt = Detected.AddMinutes(6),
            Author = "oncall@example.com",
            Kind = TimelineEntryKind.StatusChange,
            Entry = "Status detected → confirmed. Reproduced; processor status page confirms.",
        })
        .Add(new IncidentMetricsDto(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
            new IncidentTimingsDto(7, 7, 6, 11.5, 95.25),
            [new SeverityTimingsDto(IncidentSeverity.Sev1, new IncidentTimingsDto(2, 2, 2, 4.5, 52))]));
}
