using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KmsGuardrails.Analyzers.Infrastructure;

/// <summary>
/// The operations of a syntax tree that a few names designate: the invocations of methods by those
/// names and the assignments to members by those names, in a statement or an object initializer.
/// The tree's text is searched for the names first (<see cref="NameSearch"/>), so only their own
/// syntax and operations are examined.
/// </summary>
/// <remarks>
/// Why not an operation callback per invocation: on the bench's 500-file compilation, such a callback
/// costs each analyzer about 6 ms in the driver's dispatch alone, whatever it does, while searching
/// the same files' text costs about a millisecond (bench/RESULTS.md). Nothing the callbacks saw is
/// missed: an invocation or an assignment always spells its name in source (no implicit invocation,
/// such as foreach's GetEnumerator or an initializer's Add, calls a KMS method, and the client's
/// methods take no type arguments); where anything but spaces separates a name from its parenthesis
/// or equals sign (a line break, a comment, a directive, other whitespace, a closing parenthesis) the
/// syntax tree is asked; and a name spelled with Unicode escapes is found from its escapes.
/// </remarks>
internal sealed class NamedOperations
{
    private readonly HashSet<string> methodNames;
    private readonly HashSet<string> memberNames;
    private readonly NameSearch invocations;
    private readonly NameSearch assignments;

    public NamedOperations(IEnumerable<string> methodNames, IEnumerable<string>? assignedMemberNames = null)
    {
        this.methodNames = new HashSet<string>(methodNames, StringComparer.Ordinal);
        memberNames = new HashSet<string>(assignedMemberNames ?? Array.Empty<string>(), StringComparer.Ordinal);
        invocations = new NameSearch('(', this.methodNames);
        assignments = new NameSearch('=', memberNames);
    }

    /// <summary>
    /// The invocations and the simple assignments named in the analyzed tree. The whole tree, even when
    /// the IDE asks for one span: a diagnostic in the span may come from a call outside it (a request
    /// built before its call, a key scheduled before it is used), and the search costs little.
    /// </summary>
    public IEnumerable<IOperation> In(SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        var root = model.SyntaxTree.GetRoot(context.CancellationToken);
        var text = model.SyntaxTree.GetText(context.CancellationToken).ToString();
        var identifiers = Named(invocations, methodNames, root, text)
            .Concat(memberNames.Count > 0 ? Named(assignments, memberNames, root, text) : Enumerable.Empty<SyntaxToken>())
            .Concat(Escaped(root, text));
        foreach (var identifier in identifiers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (NamedBy(identifier) is { } syntax && model.GetOperation(syntax, context.CancellationToken) is { } operation)
            {
                yield return operation;
            }
        }
    }

    /// <summary>The identifiers without escapes that are one of <paramref name="names"/> and stand before the search's mark.</summary>
    private static IEnumerable<SyntaxToken> Named(NameSearch search, HashSet<string> names, SyntaxNode root, string text)
    {
        var found = new List<int>();
        var unclear = new List<int>();
        search.Find(text, found, unclear);
        foreach (var at in found)
        {
            // The token must start here (after a verbatim @), or the word is in a comment or a string,
            // or is the end of a longer identifier. It has no escapes: the word ran to the mark in ASCII.
            var token = root.FindToken(at);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.SpanStart + (token.Text.StartsWith("@", StringComparison.Ordinal) ? 1 : 0) == at)
            {
                yield return token;
            }
        }

        foreach (var at in unclear)
        {
            var mark = root.FindToken(at);
            var designator = mark.SpanStart != at ? null : mark.Parent switch
            {
                ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments when arguments.OpenParenToken == mark => invocation.Expression,
                AssignmentExpressionSyntax assignment when assignment.OperatorToken == mark => assignment.Left,
                _ => null,
            };
            // A name with escapes is left to Escaped, which finds it wherever it stands.
            if (Name(designator) is { } token && token.Text.IndexOf('\\') < 0 && names.Contains(token.ValueText))
            {
                yield return token;
            }
        }
    }

    /// <summary>The identifiers that spell one of the names with \uXXXX escapes, each found at its first escape.</summary>
    private IEnumerable<SyntaxToken> Escaped(SyntaxNode root, string text)
    {
        for (var at = text.IndexOf('\\'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('\\', at + 1))
        {
            if (text[at + 1] is 'u' or 'U' && root.FindToken(at) is var token && token.IsKind(SyntaxKind.IdentifierToken)
                && token.Text.IndexOf('\\') == at - token.SpanStart && (methodNames.Contains(token.ValueText) || memberNames.Contains(token.ValueText)))
            {
                yield return token;
            }
        }
    }

    /// <summary>The identifier that names the method or member <paramref name="designator"/> designates, inside any parentheses.</summary>
    private static SyntaxToken? Name(ExpressionSyntax? designator)
    {
        while (designator is ParenthesizedExpressionSyntax parenthesized)
        {
            designator = parenthesized.Expression;
        }

        return designator switch
        {
            SimpleNameSyntax name => name.Identifier,
            MemberAccessExpressionSyntax access => access.Name.Identifier,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier,
            _ => null,
        };
    }

    /// <summary>The invocation whose method, or the assignment whose target member, the identifier names, inside any parentheses.</summary>
    private static SyntaxNode? NamedBy(SyntaxToken identifier)
    {
        if (identifier.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        SyntaxNode designator = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding => binding,
            _ => name,
        };

        while (designator.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            designator = parenthesized;
        }

        return designator.Parent switch
        {
            InvocationExpressionSyntax invocation when invocation.Expression == designator => invocation,
            AssignmentExpressionSyntax assignment when assignment.Left == designator => assignment,
            _ => null,
        };
    }
}
