using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KmsGuardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Random token-level mutations of C# source, each described so a failure names what was done. Some
/// break the syntax (truncation, stray and missing tokens), some keep it but change what the code
/// means (another method name, another constant, a branch), so cases reach both the analyzers'
/// handling of broken trees and their reasoning about valid ones.
/// </summary>
internal sealed class CSharpMutator
{
    private static readonly string[] StrayTokens =
    {
        "{", "}", "(", ")", "[", "]", ";", ",", ".", "?", "!", "=", "=>", "?.", "??", "+", "-", "*", "<", ">", ":", "&&",
        "await", "async", "new", "new()", "default", "null", "this", "base", "ref", "out", "static", "return", "yield return", "throw",
        "if (x)", "else", "goto l;", "l:", "try {", "catch {", "finally {", "using", "var x =", "() =>", "delegate", "stackalloc",
        "\"", "@\"", "\"\"\"", "$\"{", "'", "/*", "//", "\n#if X\n", "\n#endif\n", "\n#pragma warning disable KMS001\n", "\n#region\n",
        "kms.", "KeyId =", "PendingWindowInDays =", "new ScheduleKeyDeletionRequest {", "ScheduleKeyDeletionAsync(", ".KeyMetadata.KeyId",
    };

    private static readonly string[] Values =
    {
        "0", "-1", "1", "6", "7", "30", "31", "365", "int.MaxValue", "int.MinValue", "unchecked(int.MaxValue + 1)", "(int)3L", "3.5", "null", "default",
        "null!", "\"\"", "\"k\"", "\"alias/app\"", "\"{ not json\"", "\"{}\"", "\"{\\\"Statement\\\": []}\"", "true", "false", "KeySpec.RSA_2048",
        "KeyUsageType.ENCRYPT_DECRYPT", "ExpirationModelType.KEY_MATERIAL_EXPIRES", "keyId", "id", "x",
    };

    private static readonly string[] MethodNames =
    {
        "ScheduleKeyDeletionAsync", "ScheduleKeyDeletion", "CancelKeyDeletionAsync", "EnableKeyAsync", "DisableKeyAsync", "EncryptAsync",
        "DecryptAsync", "GenerateDataKeyAsync", "CreateKeyAsync", "DescribeKeyAsync", "ReplicateKeyAsync", "PutKeyPolicyAsync",
        "DeleteImportedKeyMaterialAsync", "ImportKeyMaterialAsync", "DeleteCustomKeyStoreAsync", "DisconnectCustomKeyStoreAsync",
    };

    private readonly IReadOnlyList<string> donors;
    private readonly (string Name, Func<Random, string, IReadOnlyList<SyntaxToken>, (string, string)> Apply)[] mutations;

    /// <param name="donors">Other sources whose parts may be spliced in.</param>
    public CSharpMutator(IReadOnlyList<string> donors)
    {
        this.donors = donors;
        mutations = new (string, Func<Random, string, IReadOnlyList<SyntaxToken>, (string, string)>)[]
        {
            ("truncate", Truncate),
            ("delete token", DeleteToken),
            ("duplicate token", DuplicateToken),
            ("swap tokens", SwapTokens),
            ("insert token", InsertToken),
            ("replace value", ReplaceValue),
            ("rename call", RenameCall),
            ("wrap in branch", WrapInBranch),
            ("delete line", DeleteLine),
            ("splice", Splice),
        };
    }

    /// <summary>One to three mutations in a row.</summary>
    public (string Code, string Description) Apply(Random random, string code)
    {
        var steps = new List<string>();
        for (var count = 1 + random.Next(3); count > 0; count--)
        {
            var tokens = Tokens(code);
            var (_, mutate) = mutations[random.Next(mutations.Length)];
            (code, var step) = mutate(random, code, tokens);
            steps.Add(step);
        }

        return (code, string.Join("; ", steps));
    }

    private static IReadOnlyList<SyntaxToken> Tokens(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens().Where(token => !token.IsKind(SyntaxKind.EndOfFileToken) && token.Span.Length > 0).ToList();

    private static (string, string) Truncate(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        // Mostly at a token, as while typing; sometimes inside one (a string, a number, a name).
        var at = tokens.Count > 0 && random.Next(4) > 0 ? Pick(random, tokens).Span.End : random.Next(code.Length + 1);
        return (code[..at], $"truncated at {at}");
    }

    private static (string, string) DeleteToken(Random random, string code, IReadOnlyList<SyntaxToken> tokens) =>
        tokens.Count == 0 ? (code, "no token to delete") : Replace(code, Pick(random, tokens).Span, string.Empty, "deleted");

    private static (string, string) DuplicateToken(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return (code, "no token to duplicate");
        }

        var token = Pick(random, tokens);
        return Replace(code, new TextSpan(token.Span.End, 0), " " + token.Text, "duplicated");
    }

    private static (string, string) SwapTokens(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        if (tokens.Count < 2)
        {
            return (code, "no tokens to swap");
        }

        var i = random.Next(tokens.Count - 1);
        var (first, second) = (tokens[i].Span, tokens[i + 1].Span);
        var swapped = code[..first.Start] + code.Substring(second.Start, second.Length) + code[first.End..second.Start] + code.Substring(first.Start, first.Length) + code[second.End..];
        return (swapped, $"swapped the tokens at {first.Start} and {second.Start}");
    }

    private static (string, string) InsertToken(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        var at = tokens.Count == 0 ? 0 : Pick(random, tokens).Span.End;
        var token = StrayTokens[random.Next(StrayTokens.Length)];
        return Replace(code, new TextSpan(at, 0), " " + token + " ", $"inserted {Show(token)}");
    }

    /// <summary>A literal or name in an expression becomes a value the analyzers must interpret: out of range, of another type, or unknown.</summary>
    private static (string, string) ReplaceValue(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        var candidates = tokens.Where(token => token.IsKind(SyntaxKind.NumericLiteralToken) || token.IsKind(SyntaxKind.StringLiteralToken)
            || token.IsKind(SyntaxKind.TrueKeyword) || token.IsKind(SyntaxKind.FalseKeyword)
            || (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax)).ToList();
        return candidates.Count == 0
            ? (code, "no value to replace")
            : Replace(code, Pick(random, candidates).Span, Values[random.Next(Values.Length)], "replaced the value");
    }

    /// <summary>Another KMS method: the same arguments now mean another step of the key's lifecycle, or do not fit.</summary>
    private static (string, string) RenameCall(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        var calls = tokens.Where(token => token.IsKind(SyntaxKind.IdentifierToken) && MethodNames.Contains(token.ValueText)).ToList();
        return calls.Count == 0
            ? (code, "no KMS call to rename")
            : Replace(code, Pick(random, calls).Span, MethodNames[random.Next(MethodNames.Length)], "renamed the call");
    }

    /// <summary>A statement moves into a branch, a loop or a try, so the flow analysis meets joins and back edges.</summary>
    private static (string, string) WrapInBranch(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        var ends = tokens.Where(token => token.IsKind(SyntaxKind.SemicolonToken)).ToList();
        if (ends.Count == 0)
        {
            return (code, "no statement to wrap");
        }

        var end = Pick(random, ends).Span.End;
        var start = code.LastIndexOfAny(new[] { ';', '{', '}' }, Math.Max(0, end - 2)) + 1;
        var (open, close) = random.Next(5) switch
        {
            0 => ("if (System.Environment.TickCount > 0) {", "}"),
            1 => ("for (var i = 0; i < 3; i++) {", "}"),
            2 => ("try {", "} catch (System.Exception) { throw; }"),
            3 => ("try {", "} finally { }"),
            _ => ("while (System.Environment.TickCount > 0) {", "break; }"),
        };
        return (code[..start] + open + code[start..end] + close + code[end..], $"wrapped {start}..{end} in {Show(open)}");
    }

    private static (string, string) DeleteLine(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        var lines = code.Split('\n').ToList();
        var at = random.Next(lines.Count);
        lines.RemoveAt(at);
        return (string.Join('\n', lines), $"deleted line {at + 1}");
    }

    private (string, string) Splice(Random random, string code, IReadOnlyList<SyntaxToken> tokens)
    {
        var donor = donors[random.Next(donors.Count)];
        var cut = random.Next(code.Length + 1);
        var from = random.Next(donor.Length + 1);
        return (code[..cut] + donor[from..], $"spliced another source from {from} at {cut}");
    }

    private static (string, string) Replace(string code, TextSpan span, string text, string what) =>
        (code[..span.Start] + text + code[span.End..], $"{what} at {span.Start}: {Show(code.Substring(span.Start, span.Length))} -> {Show(text)}");

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Show(string text) => "'" + text.Replace("\n", "\\n") + "'";
}
