using System.Collections.Generic;
using System.Linq;
using KmsGuardrails.Bench.Reporting;

namespace KmsGuardrails.Bench.Cli;

/// <summary>Several runs of the same process: the median wall clock and CPU time, the highest peak memory.</summary>
internal sealed record RepeatedMeasurement(double WallSeconds, double CpuSeconds, double PeakRssMegabytes, int Runs)
{
    public static RepeatedMeasurement From(IReadOnlyList<ProcessMeasurement> runs) => new(
        Numbers.Median(runs.Select(r => r.WallSeconds)),
        Numbers.Median(runs.Select(r => r.CpuSeconds)),
        runs.Max(r => r.PeakRssMegabytes),
        runs.Count);

    public double FilesPerSecond(int files) => files / WallSeconds;
}
