namespace KmsGuardrails.Bench.Cli;

/// <summary>One whole process as /usr/bin/time saw it: wall clock, peak resident memory, CPU time.</summary>
internal sealed record ProcessMeasurement(double WallSeconds, long PeakRssKilobytes, double CpuSeconds, int ExitCode, string StandardOutput)
{
    public double PeakRssMegabytes => PeakRssKilobytes / 1024.0;
}
