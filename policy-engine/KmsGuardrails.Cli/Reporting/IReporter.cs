using System.IO;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>Writes a report in one format.</summary>
internal interface IReporter
{
    void Write(ScanReport report, TextWriter output);
}
