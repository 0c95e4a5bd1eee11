using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Infrastructure;
using KmsGuardrails.Rules.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KmsGuardrails.CodeFixes;

/// <summary>KMS001, KMS002: sets the waiting period to the configured minimum, or to 30 days.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PendingWindowCodeFixProvider))]
[Shared]
public sealed class PendingWindowCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.PendingWindowOutOfRange, RuleIds.PendingWindowBelowMinimum);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.SafePendingWindowDays, out var days)
                || !int.TryParse(days, out var safeDays)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax window)
            {
                continue;
            }

            var title = $"Set the deletion waiting period to {safeDays} days";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(window, Literal(safeDays).WithTriviaFrom(window)))),
                    equivalenceKey: nameof(PendingWindowCodeFixProvider) + safeDays),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax Literal(int days) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(days));
}
