using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Hcl;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// Reads the module in a folder once per scan, however many callers it has: every <c>*.tf</c> and
/// <c>*.tf.json</c> file, each parsed in its own syntax. A file that cannot be read or parsed is a
/// positioned problem; the module's other files are still read.
/// </summary>
internal sealed class TerraformModuleLoader
{
    private readonly Func<string, string> display;
    private readonly DocumentLimits limits;
    private readonly ConcurrentDictionary<string, Lazy<TerraformModule?>> modules = new(StringComparer.Ordinal);

    public TerraformModuleLoader(Func<string, string> display, DocumentLimits limits)
    {
        this.display = display;
        this.limits = limits;
    }

    public static bool IsConfigurationFile(string path) =>
        path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The module in <paramref name="directory"/>; null when the folder has no Terraform files or cannot be listed.</summary>
    public TerraformModule? Load(string directory) =>
        modules.GetOrAdd(directory, d => new Lazy<TerraformModule?>(() => Read(d))).Value;

    /// <summary>One file's declarations, in the syntax its name says.</summary>
    public static TerraformFileDeclarations Parse(string file, string text, DocumentLimits limits)
    {
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var (hcl, problem) = HclParser.ParseFile(file, text, limits);
            return hcl is null ? Failed(InputProblem.In(file, problem!)) : TerraformHclDeclarations.From(hcl);
        }

        var document = JsonDocumentReader.Read(file, text, limits);
        return document.Root switch
        {
            DocMap root => TerraformJsonDeclarations.From(file, root),
            null => Failed(document.Problem!),
            _ => Failed(new InputProblem(file, document.Root.Position, "invalid Terraform JSON: the file must hold an object")),
        };
    }

    private TerraformModule? Read(string directory)
    {
        string[] paths;
        try
        {
            paths = Directory.EnumerateFiles(directory).Where(IsConfigurationFile).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }

        if (paths.Length == 0)
        {
            return null;
        }

        var names = paths.Select(display).ToList();
        var files = paths.Select((path, i) =>
        {
            var (text, problem) = SourceText.Read(path, names[i], limits);
            return text is null ? Failed(problem!) : Parse(names[i], text, limits);
        }).ToList();
        return new TerraformModule(directory, files, names);
    }

    private static TerraformFileDeclarations Failed(InputProblem problem)
    {
        var declarations = new TerraformFileDeclarations();
        declarations.Problems.Add(problem);
        return declarations;
    }
}
