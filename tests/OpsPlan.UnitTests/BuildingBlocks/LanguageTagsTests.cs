using OpsPlan.BuildingBlocks.Domain;

namespace OpsPlan.UnitTests.BuildingBlocks;

public sealed class LanguageTagsTests
{
    [TestCase("en", "en")]
    [TestCase("pt-br", "pt-BR")]
    [TestCase("ZH-HANS-CN", "zh-Hans-CN")]
    [TestCase("sr-Latn", "sr-Latn")]
    [TestCase("es-419", "es-419")]
    [TestCase("fil-PH", "fil-PH")]
    public void A_known_tag_is_kept_in_the_standards_case(string tag, string canonical) => Assert.That(LanguageTags.Canonical(tag), Is.EqualTo(canonical));

    [TestCase("")]
    [TestCase("english")]
    [TestCase("xx")]
    [TestCase("en-ZZ")]
    [TestCase("en_US")]
    [TestCase("en-US-x-private")]
    [TestCase("pt-BR ")]
    public void Anything_else_is_unknown(string tag) => Assert.That(LanguageTags.IsKnown(tag), Is.False);
}
