namespace OpsPlan.Modules.Lifecycle.Domain.Experiments;

/// <summary>
/// The pooled two-proportion z-test: with rates p₁ = c₁/n₁ (control) and p₂ = c₂/n₂, pooled p = (c₁+c₂)/(n₁+n₂),
/// z = (p₂ − p₁) / √(p(1−p)(1/n₁ + 1/n₂)) and the two-sided p-value = erfc(|z|/√2).
/// </summary>
internal static class TwoProportionTest
{
    /// <summary>z and the two-sided p-value, or null when either side has no exposures or the pooled rate is 0 or 1 (no variance).</summary>
    public static (double Z, double PValue)? Compare(long controlExposures, long controlConversions, long exposures, long conversions)
    {
        if (controlExposures == 0 || exposures == 0)
        {
            return null;
        }

        var pooled = (double)(controlConversions + conversions) / (controlExposures + exposures);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / controlExposures) + (1.0 / exposures)));
        if (standardError == 0)
        {
            return null;
        }

        var z = (((double)conversions / exposures) - ((double)controlConversions / controlExposures)) / standardError;
        return (z, Erfc(Math.Abs(z) / Math.Sqrt(2)));
    }

    /// <summary>The complementary error function, by Chebyshev fitting (Numerical Recipes' erfcc): relative error below 1.2 × 10⁻⁷.</summary>
    internal static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var polynomial = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398
            + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var result = t * Math.Exp((-z * z) + polynomial);
        return x >= 0 ? result : 2 - result;
    }
}
