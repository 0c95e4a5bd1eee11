using System;
using System.CommandLine;
using System.Globalization;
using KmsGuardrails.Rules.Options;

namespace KmsGuardrails.Cli.Commands;

/// <summary>The arguments that choose what to scan and how, shared by <c>scan</c> and <c>baseline create</c>.</summary>
internal sealed class ScanOptionSet
{
    private readonly Argument<string[]> paths = new("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files and folders to scan (default: the current folder)." };
    private readonly Option<string[]> exclude = new("--exclude") { Description = "Glob of paths to leave out (repeatable), e.g. 'test/**'.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<int?> minimumWindow = new("--min-pending-window-days") { Description = "The organisation's minimum deletion waiting period, 7 to 30 (KMS002)." };
    private readonly Option<string?> config = new("--config") { Description = "Configuration file (default: .kms-guardrails.yml found upward from the first path)." };
    private readonly Option<string?> diffBase = new("--diff-base") { Description = "Pull-request mode: compare with this git revision (branch, tag or commit) and report keys the change removes, renames or replaces (KMS015)." };
    private readonly Option<bool> changedOnly = new("--changed-only") { Description = "With --diff-base: scan only the files changed since that revision." };
    private readonly Option<string[]> varFiles = new("--var-file") { Description = "Terraform variable file for every root module, after its terraform.tfvars and *.auto.tfvars (repeatable)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(paths);
        command.Options.Add(exclude);
        command.Options.Add(minimumWindow);
        command.Options.Add(config);
        command.Options.Add(diffBase);
        command.Options.Add(changedOnly);
        command.Options.Add(varFiles);
    }

    /// <summary>False, after writing why to standard error, when the values cannot be used.</summary>
    public bool IsValid(ParseResult result)
    {
        if (result.GetValue(minimumWindow) is { } days
            && RuleOptions.MinimumPendingWindowDays.TryApply(RuleSettings.Default, days.ToString(CultureInfo.InvariantCulture), out var error) is null)
        {
            Console.Error.WriteLine("--min-pending-window-days: " + error);
            return false;
        }

        if (result.GetValue(changedOnly) && string.IsNullOrWhiteSpace(result.GetValue(diffBase)))
        {
            Console.Error.WriteLine("--changed-only needs --diff-base REVISION: changed since what?");
            return false;
        }

        return true;
    }

    public ScanRequest Request(ParseResult result) => new(
        result.GetValue(paths) ?? Array.Empty<string>(),
        result.GetValue(exclude) ?? Array.Empty<string>(),
        result.GetValue(minimumWindow),
        result.GetValue(config),
        BaselineFile: null,
        string.IsNullOrWhiteSpace(result.GetValue(diffBase)) ? null : result.GetValue(diffBase),
        result.GetValue(changedOnly))
    {
        VariableFiles = result.GetValue(varFiles) ?? Array.Empty<string>(),
    };
}
