using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>Inputs built to exhaust a loader's stack, memory or time, or to confuse its decoding.</summary>
public static class HostileInputs
{
    private const int Deep = 100_000;

    private const string Template = "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      PendingWindowInDays: 7\n";

    public static IReadOnlyList<HostileInput> All { get; } = new[]
    {
        Text("JSON arrays 100,000 deep", "deep.json", Repeat("[", Deep) + Repeat("]", Deep), "nests deeper than 256 levels"),
        Text("JSON objects 100,000 deep", "deep.json", Repeat("{\"a\": ", Deep) + "1" + Repeat("}", Deep), "nests deeper than 256 levels"),
        Text("YAML flow sequences 100,000 deep", "deep.yaml", "a: " + Repeat("[", Deep) + Repeat("]", Deep), "nests deeper than 256 levels"),
        Text("YAML flow mappings 100,000 deep", "deep.yaml", "a: " + Repeat("{a: ", Deep) + "1" + Repeat("}", Deep), "nests deeper than 256 levels"),
        Text("YAML block sequences 100,000 deep", "deep.yaml", Repeat("- ", Deep) + "x\n", "nests deeper than 256 levels"),
        // Block mappings need a longer indentation per level: 3,000 levels are 4.5 MB, 100,000 would be 5 GB.
        Text("YAML block mappings 3,000 deep", "deep.yaml", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 3_000) + "x\n", "nests deeper than 256 levels"),
        Text("YAML explicit keys 100,000 deep", "deep.yaml", Repeat("? ", Deep) + "x\n", "only plain keys"),
        Text("YAML alias bomb in a template", "bomb.yaml", Template + "    Metadata:\n" + Laughs(), "alias bomb"),
        Text("YAML alias of a 1 MB key policy, 100 times", "amplified.yaml", AliasedPolicy(), "aliases expand the document"),
        Text("YAML Fn::If doubled through aliases", "doubling.yaml", DoubledIf(), "alias bomb"),
        Text("YAML alias of itself", "self.yaml", "Resources: &r\n  Key: *r\n", "has no anchor"),
        Text("YAML aliases nesting 24,000 deep", "chain.yaml", AliasChain(), "nests deeper than 256 levels through the alias"),
        Text("a 3 MB key policy", "policy.json", Policy(30_000), "over the 32 KB"),
        Bytes("overlong UTF-8", "bad.yaml", Encoding.ASCII.GetBytes(Template).Concat(new byte[] { 0xC0, 0xAF }).ToArray(), "not valid UTF-8"),
        Bytes("UTF-8 of a surrogate", "bad.yaml", Encoding.ASCII.GetBytes(Template).Concat(new byte[] { 0xED, 0xA0, 0x80 }).ToArray(), "not valid UTF-8"),
        Bytes("UTF-8 cut at the end", "bad.json", Encoding.ASCII.GetBytes("{\"a\": \"").Concat(new byte[] { 0xE2, 0x82 }).ToArray(), "not valid UTF-8"),
        Bytes("UTF-16", "windows.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Template)).ToArray(), "UTF-16"),
        Bytes("a NUL byte", "binary.json", new byte[] { (byte)'{', 0, (byte)'}' }, "binary"),
        Text("tabs in YAML indentation", "tabs.yaml", Template.Replace("    ", "\t"), "invalid YAML"),
        Text("duplicate YAML keys", "twice.yaml", Template + "Resources: {}\n", "duplicate key 'Resources'"),
        Text("duplicate JSON keys", "twice.json", "{ \"Resources\": {}, \"Resources\": {} }", "duplicate key 'Resources'"),
        Text("an empty file", "empty.yaml", string.Empty, null),
        Text("whitespace only", "blank.json", " \r\n\t \n", null),
        Text("a BOM only", "bom.yaml", "\uFEFF", null),
        Text("comments only", "comments.yaml", "# nothing yet\n# really\n", null),
        Text("a 10 MB line", "long.json", "{ \"Description\": \"" + new string('x', 10 * 1024 * 1024) + "\" }", null),
    };

    private static HostileInput Text(string name, string fileName, string text, string? problem) =>
        new(name, fileName, () => Encoding.UTF8.GetBytes(text), problem);

    private static HostileInput Bytes(string name, string fileName, byte[] bytes, string? problem) => new(name, fileName, () => bytes, problem);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>Billion laughs: ten levels, each ten aliases of the one before.</summary>
    private static string Laughs() =>
        "      a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"      a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

    /// <summary>Few nodes, but 100 MB of key-policy text to read once it is expanded.</summary>
    private static string AliasedPolicy() =>
        "Parameters:\n  P:\n    Type: String\n    Default: &p '" + new string(' ', 1024 * 1024) + "{}'\nResources:\n"
        + string.Concat(Enumerable.Range(0, 100).Select(i => $"  K{i}:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: *p\n"));

    /// <summary>Each level is an Fn::If of two aliases of the level before: 2^40 alternatives.</summary>
    private static string DoubledIf() =>
        "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      X0: &i0 !If [C, 3, 4]\n"
        + string.Concat(Enumerable.Range(1, 40).Select(i => $"      X{i}: &i{i} !If [C, *i{i - 1}, *i{i - 1}]\n"))
        + "      PendingWindowInDays: *i40\n";

    /// <summary>Each anchor wraps the one before in 200 levels.</summary>
    private static string AliasChain() =>
        "Resources:\n  Replica:\n    Type: AWS::KMS::ReplicaKey\n    Properties:\n      X0: &a0 [1]\n"
        + string.Concat(Enumerable.Range(1, 120).Select(i => $"      X{i}: &a{i} {Repeat("[", 200)}*a{i - 1}{Repeat("]", 200)}\n"))
        + "      PrimaryKeyArn: *a120\n";

    private static string Policy(int statements) =>
        "{ \"Version\": \"2012-10-17\", \"Statement\": ["
        + string.Join(",\n", Enumerable.Range(0, statements).Select(i => $"{{ \"Sid\": \"s{i}\", \"Effect\": \"{(i % 2 == 0 ? "Allow" : "Deny")}\", \"Principal\": {{ \"AWS\": \"arn:aws:iam::111122223333:role/r{i}\" }}, \"Action\": \"kms:*\" }}"))
        + "] }";
}
