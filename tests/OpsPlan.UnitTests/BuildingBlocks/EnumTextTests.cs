using OpsPlan.BuildingBlocks.Domain;
using OpsPlan.Modules.Risk.Contracts;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class EnumTextTests
{
    [Test]
    public void Values_read_as_kebab_case_and_back()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnumText.ToText(MitigationStatus.InProgress), Is.EqualTo("in-progress"));
            Assert.That(EnumText.ToText(IncidentType.PrCrisis), Is.EqualTo("pr-crisis"));
            Assert.That(EnumText.ToText(IncidentSeverity.Sev1), Is.EqualTo("sev1"));
            Assert.That(EnumText.Parse<MitigationStatus>("in-progress"), Is.EqualTo(MitigationStatus.InProgress));
            Assert.That(EnumText.Parse<IncidentType>("security-breach"), Is.EqualTo(IncidentType.SecurityBreach));
            Assert.That(EnumText.ToText((RiskLevel?)null), Is.Null);
        });
    }

    [Test]
    public void Unknown_text_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => EnumText.Parse<RiskStatus>("InProgress"));
    }
}
