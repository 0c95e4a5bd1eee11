using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>Runs work on a pool thread, as the CLI does, with a time bound, so a hang fails the test instead of stalling it.</summary>
internal static class TimeBound
{
    public static (T? Result, string? Failure, TimeSpan Elapsed) Run<T>(Func<T> work, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Run(work);
        try
        {
            if (!task.Wait(limit))
            {
                return (default, $"did not finish within {limit.TotalSeconds:0} s (a hang?)", watch.Elapsed);
            }
        }
        catch (AggregateException error)
        {
            return (default, "threw " + error.InnerException, watch.Elapsed);
        }

        return (task.Result, null, watch.Elapsed);
    }
}
