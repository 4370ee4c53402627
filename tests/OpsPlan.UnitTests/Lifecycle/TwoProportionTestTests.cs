using OpsPlan.Modules.Lifecycle.Domain.Experiments;

namespace OpsPlan.UnitTests.Lifecycle;

/// <summary>The z-test behind experiment results, against worked examples (figures in docs/modules/lifecycle.md).</summary>
public sealed class TwoProportionTestTests
{
    [Test]
    public void The_worked_example_gives_z_2_1027_and_p_0_0355()
    {
        // Control 100 of 1,000 (10 %), treatment 130 of 1,000 (13 %): pooled p = 0.115, SE = √(0.115 × 0.885 × 2/1000) = 0.014267.
        var (z, p) = TwoProportionTest.Compare(1000, 100, 1000, 130)!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(z, Is.EqualTo(2.102741).Within(0.000001));
            Assert.That(p, Is.EqualTo(0.035488).Within(0.000001));
        });
    }

    [Test]
    public void A_worse_variant_has_a_negative_z_and_the_same_two_sided_p()
    {
        var better = TwoProportionTest.Compare(1000, 100, 1000, 130)!.Value;
        var worse = TwoProportionTest.Compare(1000, 130, 1000, 100)!.Value;

        Assert.That((worse.Z, worse.PValue), Is.EqualTo((-better.Z, better.PValue)).Using<(double, double)>((a, b) =>
            Math.Abs(a.Item1 - b.Item1) < 1e-12 && Math.Abs(a.Item2 - b.Item2) < 1e-12));
    }

    [TestCase(0, 0, 10, 1)]
    [TestCase(10, 0, 10, 0)]
    [TestCase(10, 10, 10, 10)]
    public void Without_exposures_or_any_variance_there_is_no_test(long controlExposures, long controlConversions, long exposures, long conversions) =>
        Assert.That(TwoProportionTest.Compare(controlExposures, controlConversions, exposures, conversions), Is.Null);

    [TestCase(0.0, 1.0)]
    [TestCase(1.0, 0.157299)]
    [TestCase(1.959964, 0.005575)]
    [TestCase(-1.0, 1.842701)]
    public void The_complementary_error_function_is_accurate_to_a_millionth(double x, double expected) =>
        Assert.That(TwoProportionTest.Erfc(x), Is.EqualTo(expected).Within(1e-6));
}
