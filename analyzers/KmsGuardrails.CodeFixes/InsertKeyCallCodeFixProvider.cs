using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KmsGuardrails.CodeFixes;

/// <summary>
/// KMS008: disables the key before scheduling its deletion. KMS009: enables the key after its
/// deletion was cancelled, before it is used. Both insert one call on the same client and key
/// before the statement the diagnostic is in.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertKeyCallCodeFixProvider))]
[Shared]
public sealed class InsertKeyCallCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.ScheduledWhileEnabled, RuleIds.UseAfterCancelWithoutEnable);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var api = diagnostic.Id == RuleIds.ScheduledWhileEnabled ? "DisableKey" : "EnableKey";
            if (root is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.ClientExpression, out var client)
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.KeyIdExpression, out var keyId)
                || root.FindNode(diagnostic.Location.SourceSpan) is not SimpleNameSyntax calledName
                || calledName.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } statement
                || Call(api, client!, keyId!, calledName, statement) is not { } inserted)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call {api} first",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.InsertNodesBefore(statement, new[] { inserted }))),
                    equivalenceKey: nameof(InsertKeyCallCodeFixProvider) + api),
                diagnostic);
        }
    }

    /// <summary>
    /// <c>await client.EnableKeyAsync(keyId);</c> in async code, <c>client.EnableKey(keyId);</c> next to
    /// a sync call; nothing when an async call would have to be awaited outside an async method.
    /// </summary>
    private static StatementSyntax? Call(string api, string client, string keyId, SimpleNameSyntax calledName, StatementSyntax statement)
    {
        var isAsyncApi = calledName.Identifier.ValueText.EndsWith("Async", StringComparison.Ordinal);
        var inAsyncCode = statement.Ancestors().FirstOrDefault(IsFunction) is { } function && IsAsync(function);
        string text;
        if (!isAsyncApi)
        {
            text = $"{client}.{api}({keyId});";
        }
        else if (inAsyncCode)
        {
            text = $"await {client}.{api}Async({keyId});";
        }
        else
        {
            return null;
        }

        var newLine = statement.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return SyntaxFactory.ParseStatement(text)
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(newLine == default ? SyntaxFactory.ElasticCarriageReturnLineFeed : newLine);
    }

    private static bool IsFunction(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax;

    private static bool IsAsync(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
        AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
        _ => false,
    };
}
