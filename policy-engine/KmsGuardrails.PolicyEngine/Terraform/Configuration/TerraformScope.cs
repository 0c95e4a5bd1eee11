using System.Collections.Generic;
using System.IO;
using KmsGuardrails.Hcl;
using KmsGuardrails.Hcl.Syntax;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// The names one instance of a module sees: its variables (the caller's arguments or tfvars,
/// else the defaults), its locals (evaluated once, on first use; a cycle is unknown) and its folder.
/// A value is reported where it is written when that is in the file being read, else at the
/// reference to it, so a finding never names one file with another file's position.
/// </summary>
internal sealed class TerraformScope
{
    private readonly TerraformModule module;
    private readonly IReadOnlyDictionary<string, DocNode> inputs;
    private readonly DocumentLimits limits;
    private readonly Dictionary<string, HclEvaluator> evaluators = new();
    private readonly Dictionary<string, DocNode> values = new();
    private readonly HashSet<string> evaluating = new();

    public TerraformScope(TerraformModule module, IReadOnlyDictionary<string, DocNode> inputs, DocumentLimits limits)
    {
        this.module = module;
        this.inputs = inputs;
        this.limits = limits;
    }

    /// <summary>The evaluator for expressions written in <paramref name="file"/>.</summary>
    public HclEvaluator EvaluatorFor(string file)
    {
        if (!evaluators.TryGetValue(file, out var evaluator))
        {
            evaluators[file] = evaluator = new HclEvaluator(new FileScope(this, file), limits);
        }

        return evaluator;
    }

    private DocNode Named(string kind, TerraformNamedValue? declaration, string file, HclSpan reference)
    {
        if (declaration?.Value is null)
        {
            return new DocUnknown(reference.Position, reference.Text);
        }

        var key = kind + "." + declaration.Name;
        if (!values.TryGetValue(key, out var value))
        {
            if (!evaluating.Add(key))
            {
                return new DocUnknown(reference.Position, reference.Text);
            }

            var evaluator = EvaluatorFor(declaration.File);
            value = evaluator.Bounded(declaration.Value.Evaluate(evaluator), reference.Position, reference.Text);
            evaluating.Remove(key);
            values[key] = value;
        }

        return declaration.File == file ? value : DocNodes.Relocated(value, reference.Position);
    }

    private sealed class FileScope : IHclScope
    {
        private readonly TerraformScope owner;
        private readonly string file;

        public FileScope(TerraformScope owner, string file)
        {
            this.owner = owner;
            this.file = file;
        }

        /// <summary><c>var.name</c>, <c>local.name</c>, and <c>path.module</c> or <c>path.root</c> (the module's folder); other roots are resources, data sources, <c>count</c>, <c>each</c>: unknown.</summary>
        public DocNode? Attribute(string root, string name, HclSpan reference) => root switch
        {
            "var" when owner.inputs.TryGetValue(name, out var input) => DocNodes.Relocated(input, reference.Position),
            "var" => owner.Named("var", owner.module.Variables.GetValueOrDefault(name), file, reference),
            "local" => owner.Named("local", owner.module.Locals.GetValueOrDefault(name), file, reference),
            "path" when name is "module" or "root" && owner.module.Directory is { } directory => new DocScalar(reference.Position, null, directory, isQuoted: true),
            _ => null,
        };

        public string? ReadFile(string path)
        {
            if (owner.module.Directory is not { } directory)
            {
                return null;
            }

            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, path));
            return File.Exists(full) ? SourceText.Read(full, full, owner.limits).Text : null;
        }
    }
}
