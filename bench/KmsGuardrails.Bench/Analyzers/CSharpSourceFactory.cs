using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KmsGuardrails.Bench.Corpus;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// The C# of the two compilations. KMS-heavy: seven files in ten hold a class that calls KMS
/// (three to five KMS members next to ordinary ones, a key-policy constant), the rest ordinary
/// code. Plain: the same number of files, ordinary code only, no AWS namespaces. Nothing is
/// marked as generated code, since analyzers skip generated code.
/// </summary>
internal static class CSharpSourceFactory
{
    private const string CommonUsings = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        """;

    public static IReadOnlyList<GeneratedSource> KmsHeavy(int files, int seed) =>
        Enumerable.Range(0, files).Select(index => index % 10 < 7 ? KmsFile(FileRandom(seed, index), index) : OrdinaryFile(FileRandom(seed, index), index)).ToList();

    public static IReadOnlyList<GeneratedSource> Plain(int files, int seed) =>
        Enumerable.Range(0, files).Select(index => OrdinaryFile(FileRandom(seed + 1, index), index)).ToList();

    private static Random FileRandom(int seed, int index) => new(unchecked(seed * 1_000_003 + index));

    private static GeneratedSource KmsFile(Random random, int index)
    {
        var service = ServiceNames.Pascal(ServiceNames.All[index % ServiceNames.All.Count]);
        var type = $"{service}Keys{index:D4}";
        var text = new StringBuilder();
        text.AppendLine(CommonUsings).AppendLine("using Amazon.KeyManagementService;").AppendLine("using Amazon.KeyManagementService.Model;").AppendLine();
        text.AppendLine($"namespace Contoso.{service};").AppendLine();
        AppendRecord(text, service, index);
        text.AppendLine($"/// <summary>Key operations of the {service.ToLowerInvariant()} service.</summary>");
        text.AppendLine($"public sealed class {type}").AppendLine("{");
        text.AppendLine("    private const string KeyPolicy = \"\"\"");
        foreach (var line in KeyPolicyFactory.CreateText(random).Split('\n'))
        {
            text.Append("        ").AppendLine(line);
        }

        text.AppendLine("        \"\"\";").AppendLine();
        text.AppendLine("    private readonly IAmazonKeyManagementService kms;");
        text.AppendLine("    private readonly Dictionary<string, DateTime> retired = new(StringComparer.Ordinal);");
        text.AppendLine("    private readonly Dictionary<string, List<decimal>> amounts = new(StringComparer.Ordinal);").AppendLine();
        text.AppendLine($"    public {type}(IAmazonKeyManagementService kms) => this.kms = kms;").AppendLine();
        text.AppendLine($"    public int RetiredCount => retired.Count;");
        var members = Pick(random, KmsMembers.All, 3 + random.Next(3)).Select(member => member(random))
            .Concat(Pick(random, OrdinaryMembers.All, 3 + random.Next(3)).Select(member => member(RecordName(service, index))));
        AppendMembers(text, members);
        return new GeneratedSource($"src/{service}/{type}.cs", text.ToString());
    }

    private static GeneratedSource OrdinaryFile(Random random, int index)
    {
        var service = ServiceNames.Pascal(ServiceNames.All[index % ServiceNames.All.Count]);
        var type = $"{service}Ledger{index:D4}";
        var text = new StringBuilder();
        text.AppendLine(CommonUsings).AppendLine();
        text.AppendLine($"namespace Contoso.{service};").AppendLine();
        AppendRecord(text, service, index);
        text.AppendLine($"/// <summary>Amounts of the {service.ToLowerInvariant()} service by customer.</summary>");
        text.AppendLine($"public sealed class {type}").AppendLine("{");
        text.AppendLine("    private readonly Dictionary<string, List<decimal>> amounts = new(StringComparer.Ordinal);");
        AppendMembers(text, Pick(random, OrdinaryMembers.All, 7 + random.Next(4)).Select(member => member(RecordName(service, index))));
        return new GeneratedSource($"src/{service}/{type}.cs", text.ToString());
    }

    private static string RecordName(string service, int index) => $"{service}Line{index:D4}";

    private static void AppendRecord(StringBuilder text, string service, int index)
    {
        text.AppendLine($"public sealed record {RecordName(service, index)}(string Sku, int Quantity, decimal UnitPrice)");
        text.AppendLine("{").AppendLine("    public decimal Total => Quantity * UnitPrice;").AppendLine("}").AppendLine();
    }

    private static void AppendMembers(StringBuilder text, IEnumerable<string> members)
    {
        foreach (var member in members)
        {
            text.AppendLine().AppendLine(member);
        }

        text.AppendLine("}");
    }

    /// <summary><paramref name="count"/> distinct members, in a random order.</summary>
    private static IEnumerable<T> Pick<T>(Random random, IReadOnlyList<T> members, int count) =>
        members.OrderBy(_ => random.Next()).Take(Math.Min(count, members.Count)).ToList();
}
