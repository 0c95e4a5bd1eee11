using System;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>Starts each timed run with a collected heap, so no run pays for the garbage of the one before.</summary>
internal static class Quiesce
{
    public static void Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
