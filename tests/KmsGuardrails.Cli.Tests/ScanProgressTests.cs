using System;
using System.IO;
using System.Threading;
using KmsGuardrails.Cli.Commands;

namespace KmsGuardrails.Cli.Tests;

/// <summary>Progress on a terminal for long scans, and none for short ones or redirected output.</summary>
public sealed class ScanProgressTests
{
    [Fact]
    public void A_long_scan_shows_its_progress_and_erases_it_at_the_end()
    {
        var terminal = new StringWriter();
        using (var progress = new ScanProgress(3, terminal, firstUpdate: TimeSpan.Zero))
        {
            progress.Advance();
            progress.Advance();
            SpinWait.SpinUntil(() => terminal.ToString().Contains("scanned 2 of 3 files", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        }

        Assert.Contains("\rscanned 2 of 3 files", terminal.ToString());
        Assert.EndsWith("\r\u001b[2K", terminal.ToString());
    }

    [Fact]
    public void A_scan_that_ends_before_the_first_update_writes_nothing()
    {
        var terminal = new StringWriter();
        using (var progress = new ScanProgress(3, terminal))
        {
            progress.Advance();
        }

        Assert.Empty(terminal.ToString());
    }
}
