using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KmsGuardrails.Hcl;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// The variable values a root module gets, in Terraform's order of precedence: <c>terraform.tfvars</c>,
/// <c>terraform.tfvars.json</c>, the <c>*.auto.tfvars</c> and <c>*.auto.tfvars.json</c> files in
/// lexical order, then each <c>--var-file</c>; later files win.
/// </summary>
internal static class TerraformVariableFiles
{
    public static (Dictionary<string, DocNode> Values, List<InputProblem> Problems) Read(
        string? directory, IReadOnlyList<string> varFiles, Func<string, string> display, DocumentLimits limits)
    {
        var values = new Dictionary<string, DocNode>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        foreach (var path in Files(directory).Concat(varFiles))
        {
            var name = display(path);
            var (text, problem) = SourceText.Read(path, name, limits);
            var read = text is null ? problem : ReadFile(name, text, limits, values);
            if (read is not null)
            {
                problems.Add(read);
            }
        }

        return (values, problems);
    }

    private static IEnumerable<string> Files(string? directory)
    {
        if (directory is null)
        {
            return Enumerable.Empty<string>();
        }

        var automatic = Directory.EnumerateFiles(directory)
            .Where(p => p.EndsWith(".auto.tfvars", StringComparison.Ordinal) || p.EndsWith(".auto.tfvars.json", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal);
        return new[] { "terraform.tfvars", "terraform.tfvars.json" }.Select(n => Path.Combine(directory, n)).Where(File.Exists).Concat(automatic);
    }

    /// <summary>Literal values only: a tfvars file cannot refer to anything.</summary>
    private static InputProblem? ReadFile(string name, string text, DocumentLimits limits, Dictionary<string, DocNode> values)
    {
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var document = JsonDocumentReader.Read(name, text, limits);
            if (document.Root is not DocMap root)
            {
                return document.Problem ?? new InputProblem(name, document.Root!.Position, "a variable file must hold an object");
            }

            foreach (var member in root.Members)
            {
                values[member.Key] = member.Value;
            }

            return null;
        }

        var (file, problem) = HclParser.ParseFile(name, text, limits);
        if (file is null)
        {
            return InputProblem.In(name, problem!);
        }

        var evaluator = new HclEvaluator(new NoScope(), limits);
        foreach (var attribute in file.Body.Attributes)
        {
            values[attribute.Name] = evaluator.Evaluate(attribute.Value);
        }

        return null;
    }

    private sealed class NoScope : IHclScope
    {
        public DocNode? Attribute(string root, string name, HclSpan reference) => null;

        public string? ReadFile(string path) => null;
    }
}
