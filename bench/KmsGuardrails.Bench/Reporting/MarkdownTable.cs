using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KmsGuardrails.Bench.Reporting;

/// <summary>A Markdown table with padded columns, readable in a terminal and pasteable into RESULTS.md.</summary>
internal sealed class MarkdownTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = new();

    public MarkdownTable(params string[] headers) => this.headers = headers;

    public void AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        rows.Add(cells);
    }

    public override string ToString()
    {
        var widths = headers.Select((header, column) => rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendLine(text, headers, widths);
        AppendLine(text, widths.Select(width => new string('-', width)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendLine(text, row, widths);
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
        }

        text.Append('\n');
    }
}
