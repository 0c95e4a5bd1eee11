using System;

namespace KmsGuardrails.Cli.Reporting;

/// <summary>The output formats by name.</summary>
internal static class Reporters
{
    public static readonly string[] Formats = { "text", "json", "sarif", "github", "markdown" };

    /// <param name="toTerminal">Whether the output is a terminal (text reports use colour there).</param>
    public static IReporter Create(string format, string root, bool toTerminal) => format switch
    {
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(root),
        "github" => new GitHubReporter(Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")),
        "markdown" => new MarkdownReporter(),
        _ => new TextReporter(color: toTerminal),
    };
}
