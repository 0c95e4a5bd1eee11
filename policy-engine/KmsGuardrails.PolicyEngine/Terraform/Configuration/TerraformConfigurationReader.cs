using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KmsGuardrails.Hcl;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.PolicyEngine.Model;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;
using KmsGuardrails.Rules.Lifecycle;
using KmsGuardrails.Rules.Monitoring;

namespace KmsGuardrails.PolicyEngine.Terraform.Configuration;

/// <summary>
/// Translates a Terraform module, written in HCL or JSON, into <see cref="KeyDeclaration"/>s and
/// <see cref="PolicyDeclaration"/>s: the KMS resources with their arguments evaluated, their
/// policies, <c>lifecycle.prevent_destroy</c>, suppressions and <c>moved</c> blocks. Local module
/// calls are followed, with the caller's arguments as the module's variables and the module's
/// address as prefix; other module sources are listed, not fetched.
/// </summary>
internal sealed class TerraformConfigurationReader
{
    /// <summary>Deeper than any real module tree; stops a module that calls itself.</summary>
    private const int MaximumModuleDepth = 16;

    private static readonly Regex KeyReference = new(@"^(?<address>aws_kms(?:_external)?_key\.[A-Za-z_][\w-]*)\.(?:arn|key_id|id)$", RegexOptions.Compiled);

    private readonly Func<string, TerraformModule?> loadModule;
    private readonly DocumentLimits limits;
    private readonly List<KeyDeclaration> keys = new();
    private readonly List<PolicyDeclaration> policies = new();
    private readonly List<AddressMove> moves = new();
    private readonly List<InputProblem> problems = new();
    private readonly List<RemoteModuleCall> remoteModules = new();
    private readonly List<MetricFilter> filters = new();
    private readonly List<MetricAlarm> alarms = new();

    private TerraformConfigurationReader(Func<string, TerraformModule?> loadModule, DocumentLimits limits)
    {
        this.loadModule = loadModule;
        this.limits = limits;
    }

    /// <summary>Reads a root module and the local modules it calls.</summary>
    public static (InfrastructureModel Model, IReadOnlyList<RemoteModuleCall> RemoteModules) Read(
        TerraformModule root, IReadOnlyDictionary<string, DocNode> inputs, Func<string, TerraformModule?> loadModule, DocumentLimits limits)
    {
        var reader = new TerraformConfigurationReader(loadModule, limits);
        reader.ReadModule(root, string.Empty, inputs, new List<string>());
        var model = new InfrastructureModel
        {
            Keys = reader.keys,
            Policies = reader.policies,
            Moves = reader.moves,
            MetricFilters = reader.filters,
            Alarms = reader.alarms,
            Problems = reader.problems.Distinct().ToList(),
        };
        return (model, reader.remoteModules);
    }

    private void ReadModule(TerraformModule module, string prefix, IReadOnlyDictionary<string, DocNode> inputs, List<string> callers)
    {
        problems.AddRange(module.Problems);
        var scope = new TerraformScope(module, inputs, limits);
        var documents = new Dictionary<string, Lazy<DocMap>>(StringComparer.Ordinal);
        foreach (var data in module.Data.Where(d => d.Type == "aws_iam_policy_document"))
        {
            documents[data.Name] = new Lazy<DocMap>(() => data.Body.Evaluate(scope.EvaluatorFor(data.File)));
        }

        var policyReader = new TerraformPolicies(documents);
        var resources = module.Resources
            .Where(r => TerraformResources.Keys.Contains(r.Type) || r.Type == TerraformResources.KeyPolicy)
            .Select(r => (Declaration: r, Body: r.Body.Evaluate(scope.EvaluatorFor(r.File))))
            .Where(r => Exists(r.Body))
            .ToList();
        var replicas = resources
            .Where(r => TerraformResources.IsReplica(r.Declaration.Type) && r.Body["primary_key_arn"] is DocUnknown { Expression: var arn } && KeyReference.IsMatch(arn))
            .GroupBy(r => KeyReference.Match(((DocUnknown)r.Body["primary_key_arn"]!).Expression).Groups["address"].Value)
            .ToDictionary(g => prefix + g.Key, g => g.Count());

        foreach (var monitor in module.Resources.Where(r => TerraformMonitoring.Types.Contains(r.Type)))
        {
            var body = monitor.Body.Evaluate(scope.EvaluatorFor(monitor.File));
            var address = prefix + monitor.Type + "." + monitor.Name;
            if (Exists(body))
            {
                filters.AddRange(TerraformMonitoring.Filters(monitor.Type, address, body, monitor.Position));
                alarms.AddRange(TerraformMonitoring.Alarms(monitor.Type, address, body, monitor.Position));
            }
        }

        foreach (var (declaration, body) in resources)
        {
            Read(declaration, body, prefix + declaration.Type + "." + declaration.Name, policyReader, replicas);
        }

        foreach (var (file, from, to) in module.Moves)
        {
            var evaluator = scope.EvaluatorFor(file);
            if (Reference(from.Evaluate(evaluator)) is { Length: > 0 } source && Reference(to.Evaluate(evaluator)) is { Length: > 0 } target)
            {
                moves.Add(new AddressMove(prefix + source, prefix + target));
            }
        }

        foreach (var call in module.ModuleCalls)
        {
            Call(module, scope, call, prefix, callers);
        }
    }

    private void Read(TerraformBlockDeclaration declaration, DocMap body, string address, TerraformPolicies policyReader, IReadOnlyDictionary<string, int> replicas)
    {
        IReadOnlyList<Alternative>? Argument(string argument) => body[argument] is { } value ? new[] { Alternative(value) } : null;
        var type = declaration.Type;
        policies.Add(new PolicyDeclaration
        {
            File = declaration.File,
            Address = address,
            Position = declaration.Position,
            Policies = policyReader.Read(body["policy"]),
            BypassPolicyLockoutSafetyCheck = Argument("bypass_policy_lockout_safety_check"),
            Suppressions = declaration.Suppressions,
        });
        if (type == TerraformResources.KeyPolicy)
        {
            return;
        }

        keys.Add(new KeyDeclaration
        {
            File = declaration.File,
            Address = address,
            ResourceType = type,
            Position = declaration.Position,
            IsReplica = TerraformResources.IsReplica(type),
            ReplicasDeclared = replicas.TryGetValue(address, out var count) ? count : 0,
            PendingWindowInDays = Argument("deletion_window_in_days"),
            KeySpec = Argument("customer_master_key_spec") ?? Argument("key_spec"),
            KeyUsage = Argument("key_usage"),
            MultiRegion = Argument("multi_region"),
            Origin = TerraformResources.IsExternal(type) ? ImportedMaterial(body) : null,
            CustomKeyStore = body["custom_key_store_id"] is { } store ? (store as DocScalar)?.Text ?? address + ".custom_key_store_id" : null,
            MaterialValidTo = TerraformResources.IsExternal(type) ? Argument("valid_to") : null,
            Enabled = Argument("is_enabled") ?? Argument("enabled"),
            Retention = Retention(body),
            ReplacementInputs = TerraformResources.ReplacementArguments[type]
                .Select(argument => new ReplacementInput(argument, body[argument.Name], body[argument.Name]?.Position ?? declaration.Position)).ToList(),
            Suppressions = declaration.Suppressions,
        });
    }

    /// <summary>A local module is read with the call's arguments; any other source is listed once, not fetched.</summary>
    private void Call(TerraformModule module, TerraformScope scope, TerraformModuleCall call, string prefix, List<string> callers)
    {
        var address = prefix + "module." + call.Name;
        var evaluator = scope.EvaluatorFor(call.File);
        if (call.Source?.Evaluate(evaluator) is not DocScalar { Text: { } source })
        {
            return;
        }

        if (!TerraformModuleSources.IsLocal(source))
        {
            remoteModules.Add(new RemoteModuleCall(call.File, call.Position, address, source));
            return;
        }

        if (module.Directory is null)
        {
            return;
        }

        var directory = Path.GetFullPath(Path.Combine(module.Directory, source));
        if (callers.Contains(directory) || callers.Count >= MaximumModuleDepth)
        {
            problems.Add(new InputProblem(call.File, call.Position, $"module '{address}' calls '{source}', which is already being read: modules must not call themselves"));
            return;
        }

        if (loadModule(directory) is not { } child)
        {
            problems.Add(new InputProblem(call.File, call.Position, $"module '{address}': the folder '{source}' has no Terraform files that can be read"));
            return;
        }

        var inputs = call.Arguments.ToDictionary(a => a.Key, a => evaluator.Bounded(a.Value.Evaluate(evaluator), a.Value.Position, "var." + a.Key));
        callers.Add(directory);
        ReadModule(child, address + ".", inputs, callers);
        callers.RemoveAt(callers.Count - 1);
    }

    /// <summary>A resource with <c>count = 0</c> or an empty <c>for_each</c> has no instances.</summary>
    private static bool Exists(DocMap body) =>
        !(HclEvaluator.Decimal(body["count"] ?? new DocUnknown(body.Position, "count")) == 0
          || body["for_each"] is DocMap { Members.Count: 0 } or DocList { Items.Count: 0 });

    private static Alternative Alternative(DocNode value) => new(value is DocUnknown ? null : value, value, Array.Empty<string>());

    /// <summary>External keys always have imported key material (Origin EXTERNAL).</summary>
    private static IReadOnlyList<Alternative> ImportedMaterial(DocMap body)
    {
        var origin = new DocScalar(body.Position, null, "EXTERNAL", isQuoted: true);
        return new[] { new Alternative(origin, body, Array.Empty<string>()) };
    }

    private static Retention Retention(DocMap body)
    {
        var lifecycle = TerraformJsonDeclarations.Objects(body["lifecycle"]).FirstOrDefault();
        if (lifecycle?["prevent_destroy"] is not { } preventDestroy)
        {
            return new Retention(TriState.False, null, "it has no lifecycle { prevent_destroy = true }, so destroying it or its module schedules its deletion");
        }

        return HclEvaluator.Bool(preventDestroy) switch
        {
            true => Model.Retention.Kept(preventDestroy),
            false => new Retention(TriState.False, preventDestroy, "its lifecycle prevent_destroy is false, so destroying it or its module schedules its deletion"),
            _ => new Retention(TriState.Unknown, preventDestroy, "prevent_destroy is not known"),
        };
    }

    /// <summary>An address in a <c>moved</c> block: a traversal in HCL, a string (bare or <c>${…}</c>) in JSON.</summary>
    private static string? Reference(DocNode node) => node switch
    {
        DocUnknown unknown => unknown.Expression.Replace(" ", string.Empty),
        DocScalar { Text: { } text } => text.Trim(),
        _ => null,
    };
}
