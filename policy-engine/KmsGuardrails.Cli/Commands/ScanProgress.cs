using System;
using System.IO;
using System.Threading;

namespace KmsGuardrails.Cli.Commands;

/// <summary>
/// "scanned 1,234 of 10,000 files" on standard error while a long scan runs on a terminal: nothing
/// for a scan that ends within a second, nothing when standard error is redirected (CI logs stay
/// clean), and the line is erased when the scan ends so the report starts on a clean line.
/// </summary>
internal sealed class ScanProgress : IDisposable
{
    private static readonly TimeSpan DefaultFirstUpdate = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly int total;
    private readonly TextWriter? terminal;
    private readonly Timer? timer;
    private readonly object gate = new();
    private int done;
    private bool shown;
    private bool ended;

    public ScanProgress(int total, TextWriter? terminal, TimeSpan? firstUpdate = null)
    {
        this.total = total;
        this.terminal = terminal;
        if (terminal is not null && total > 0)
        {
            timer = new Timer(_ => Show(), null, firstUpdate ?? DefaultFirstUpdate, Interval);
        }
    }

    /// <summary>Standard error when it is a terminal, else null (no progress).</summary>
    public static TextWriter? Terminal => Console.IsErrorRedirected ? null : Console.Error;

    public void Advance() => Interlocked.Increment(ref done);

    public void Advance(int count) => Interlocked.Add(ref done, count);

    public void Dispose()
    {
        timer?.Dispose();
        lock (gate)
        {
            if (shown)
            {
                terminal!.Write("\r\u001b[2K");
                terminal.Flush();
            }

            shown = false;
            ended = true; // A timer callback already under way must not draw the line again.
        }
    }

    private void Show()
    {
        lock (gate)
        {
            if (ended)
            {
                return;
            }

            shown = true;
            terminal!.Write($"\rscanned {Volatile.Read(ref done):N0} of {total:N0} files");
            terminal.Flush();
        }
    }
}
