using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// The compiler's own time, two ways: a whole compile as in a build (parse, bind, emit), and
/// binding alone (GetDiagnostics on a fresh compilation of parsed files), the part analyzers run beside.
/// </summary>
internal static class CompilerTiming
{
    /// <summary>Throws unless the program compiles without errors: analyzers on broken code would measure nothing real.</summary>
    public static void EnsureCompiles(BenchCompilation program)
    {
        var errors = program.Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"the generated {program.Name} program has {errors.Count} compile errors, first: {string.Join(Environment.NewLine, errors.Take(5))}");
        }
    }

    public static double BindMilliseconds(BenchCompilation program)
    {
        var compilation = program.Fresh();
        Quiesce.Memory();
        var clock = Stopwatch.StartNew();
        compilation.GetDiagnostics();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static double CompileMilliseconds(BenchCompilation program)
    {
        Quiesce.Memory();
        var clock = Stopwatch.StartNew();
        program.CompileFromSource();
        return clock.Elapsed.TotalMilliseconds;
    }
}
