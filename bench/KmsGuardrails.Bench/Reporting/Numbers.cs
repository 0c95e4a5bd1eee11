using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KmsGuardrails.Bench.Reporting;

/// <summary>Formatting and the median, invariant of the machine's culture.</summary>
internal static class Numbers
{
    public static string Format(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value >= 100 ? Format(value, 0) + "x" : value >= 10 ? Format(value, 1) + "x" : Format(value, 2) + "x";

    public static string Percent(double fraction) => Format(fraction * 100, fraction < 0.01 ? 3 : 1) + "%";

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
