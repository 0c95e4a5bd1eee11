using System.Text;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>Fragments that mutations insert or substitute: syntax of both formats, and values the readers interpret.</summary>
internal static class FuzzTokens
{
    /// <summary>Syntax and edge cases inserted at a random byte.</summary>
    public static readonly string[] Syntax =
    {
        "{", "}", "[", "]", "\"", "'", ":", ",", ": ", "- ", "-", "? ", "&a ", "*a", "*missing", "&a [*a]", "!Ref ", "!If ", "!Sub ", "!Unknown ",
        "!!binary ", "!!map ", "|\n", ">-\n", "#", " # comment\n", "%YAML 1.2\n---\n", "---\n", "...\n", "\t", "\r\n", "\r", "\n", "\\", "\\u0000",
        "\\ud800", "\"\\uD83D\"", "${", "}}", "%{", "$${", "Fn::If", "\"Fn::Sub\"", "<<: *a\n", "null", "~", "true", "1e999", "-0", "0x1F",
        "99999999999999999999999", "\u2028", "\u0085", "\u200B", "\u202E", "\U0001F511", "\uFEFF", "//", "/*", "*/", ",]", ",}", "{}", "[]",
    };

    /// <summary>JSON values that replace a string or number, so the document often stays valid and reaches the readers.</summary>
    public static readonly string[] JsonValues =
    {
        "null", "true", "0", "-1", "3", "31", "1e999", "99999999999999999999", "\"\"", "\"*\"", "\"kms:*\"", "\"kms:ScheduleKeyDeletion\"", "\"Deny\"",
        "[]", "{}", "[[[[]]]]", "{\"Ref\": \"AWS::NoValue\"}", "{\"Ref\": \"Missing\"}", "{\"Fn::If\": [\"C\", 3, {\"Ref\": \"AWS::NoValue\"}]}",
        "{\"Fn::Sub\": \"${AWS::AccountId}\"}", "{\"Fn::Join\": [\"\", [1, {\"Ref\": \"X\"}]]}", "{\"Fn::FindInMap\": [\"M\", \"a\", \"b\"]}",
        "{\"Fn::Select\": [99, []]}", "{\"Fn::GetAtt\": []}", "\"${var.window}\"", "\"${local.x}\"", "\"${data.aws_iam_policy_document.p.json}\"",
        "\"{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"kms:*\\\"}]}\"",
        "\"{\\\"Statement\\\": [\"", "[\"delete\", \"create\"]", "{\"actions\": [\"delete\"]}", "\"\\u0000\"",
    };

    /// <summary>YAML values that replace what follows a key, for the same reason.</summary>
    public static readonly string[] YamlValues =
    {
        "", "~", "null", "true", "0", "-1", "3", "31", "1e999", "'*'", "\"kms:*\"", "[]", "{}", "[[[[]]]]", "!Ref AWS::NoValue", "!Ref Missing",
        "!If [C, 3, !Ref AWS::NoValue]", "!If [C]", "!Sub '${AWS::AccountId}'", "!Sub [a, b]", "!Join ['', [1, !Ref X]]", "!FindInMap [M, a, b]",
        "!Select [99, []]", "!GetAtt", "!GetAtt [a]", "!Unknown x", "!!str 3", "&a 3", "*a", "&a [*a]", "|\n  text", ">\n  folded",
        "'{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:*\"}]}'", "\"{\\\"Statement\\\": [\"", "[a, [b, [c]]]",
        "{ a: 1, a: 2 }", "? complex\n  : key",
    };

    /// <summary>Byte sequences that are not UTF-8: a stray continuation, an overlong slash, a surrogate, a cut sequence, 0xFF.</summary>
    public static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0x80 }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xFF },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xC3, 0x28 },
    };

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
