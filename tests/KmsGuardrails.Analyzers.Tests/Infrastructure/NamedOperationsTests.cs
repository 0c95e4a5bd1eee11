using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using KmsGuardrails.Analyzers.Rules;
using KmsGuardrails.Analyzers.Tests.Robustness;
using KmsGuardrails.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace KmsGuardrails.Analyzers.Tests.Infrastructure;

/// <summary>
/// The analyzers that look for a few names find their calls and assignments by searching the text
/// first: every way of spelling a name is found, and a name that is not a call or an assignment is not.
/// </summary>
public sealed class NamedOperationsTests
{
    [Fact]
    public Task Names_spelled_with_unicode_escapes_or_as_verbatim_identifiers_are_found() => AnalyzerVerifier<CustomKeyStoreDeletionAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Teardown
        {
            async Task RemoveAsync(IAmazonKeyManagementService kms)
            {
                await kms.{|#0:Delete\u0043ustomKeyStoreAsync|}(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-1" });
                await kms.{|#1:@DeleteCustomKeyStoreAsync|}(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-2" });
                await kms.{|#2:\u0044eleteCustomKeyStore\u0041sync|}(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-3" });
                await kms?.{|#3:DeleteCustomKeyStoreAsync|}(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-4" });
            }
        }
        """,
        expected: AtMarkups("KMS006", DiagnosticSeverity.Warning, 4));

    [Fact]
    public Task An_escaped_property_name_is_found_in_an_initializer_and_an_assignment() => AnalyzerVerifier<PendingWindowAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            ScheduleKeyDeletionRequest Build(string keyId)
            {
                var request = new ScheduleKeyDeletionRequest { KeyId = keyId, Pending\u0057indowInDays = {|#0:3|} };
                request.@PendingWindowInDays = {|#1:45|};
                return request;
            }
        }
        """,
        expected: AtMarkups("KMS001", DiagnosticSeverity.Error, 2));

    [Fact]
    public Task A_name_apart_from_its_parenthesis_or_equals_sign_is_found() => AnalyzerVerifier<PendingWindowAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await kms.ScheduleKeyDeletionAsync // the shortest window
                    (keyId, {|#0:3|});
                await kms.ScheduleKeyDeletionAsync /* days: */ (keyId, {|#1:4|});
                var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
                request.PendingWindowInDays /* days */ = {|#2:5|};
                request.PendingWindowInDays
        #if DEBUG
                    = 7;
        #else
                    = {|#3:6|};
        #endif
                await kms.ScheduleKeyDeletionAsync(request);
            }
        }
        """,
        expected: AtMarkups("KMS001", DiagnosticSeverity.Error, 4));

    [Fact]
    public Task A_name_in_parentheses_is_found() => AnalyzerVerifier<PendingWindowAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        class Retirement
        {
            async Task RetireAsync(IAmazonKeyManagementService kms, string keyId)
            {
                await ((kms.ScheduleKeyDeletionAsync))(keyId, {|#0:3|});
                var request = new ScheduleKeyDeletionRequest { KeyId = keyId };
                (request.PendingWindowInDays) = {|#1:4|};
                await kms.ScheduleKeyDeletionAsync(request);
            }
        }
        """,
        expected: AtMarkups("KMS001", DiagnosticSeverity.Error, 2));

    /// <summary>Characters the text search cannot read past are left to the syntax tree: other whitespace, and formatting characters, which C# drops from names.</summary>
    [Fact]
    public Task A_name_beside_unusual_whitespace_or_with_a_formatting_character_is_found() => AnalyzerVerifier<CustomKeyStoreDeletionAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings
        + "class Teardown\n{\n    async Task RemoveAsync(IAmazonKeyManagementService kms, DeleteCustomKeyStoreRequest request)\n    {\n"
        + "        await kms.{|#0:DeleteCustomKeyStoreAsync|}\u000B(request);\n"
        + "        await kms.{|#1:DeleteCustomKeyStoreAsync|}\u00A0(request);\n"
        + "        await kms.{|#2:DeleteCustomKeyStoreAsync|}\f(request);\n"
        + "        await kms.{|#3:Delete\u200BCustomKeyStoreAsync|}(request);\n"
        + "    }\n}\n",
        expected: AtMarkups("KMS006", DiagnosticSeverity.Warning, 4));

    [Fact]
    public Task Silent_where_the_name_is_not_a_call_of_the_client() => AnalyzerVerifier<CustomKeyStoreDeletionAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        using System;

        class Inventory
        {
            // kms.DeleteCustomKeyStoreAsync(request) is never called here.
            const string Operation = "DeleteCustomKeyStoreAsync";

            string Name() => nameof(IAmazonKeyManagementService.DeleteCustomKeyStoreAsync) + Operation;

            Func<DeleteCustomKeyStoreRequest, System.Threading.CancellationToken, Task<DeleteCustomKeyStoreResponse>> Handler(IAmazonKeyManagementService kms) => kms.DeleteCustomKeyStoreAsync;

            Task DeleteCustomKeyStoreAsync(string storeId) => Task.CompletedTask;

            Task Run() => DeleteCustomKeyStoreAsync("cks-1");

            int DeleteCustomKeyStoreAsyncCount;

            void Count() => DeleteCustomKeyStoreAsyncCount = 1;
        }
        """);

    [Fact]
    public Task Code_marked_as_generated_is_skipped() => AnalyzerVerifier<PendingWindowAnalyzer>.VerifyAsync(SdkVersion.V4_1, Sources.Usings + """
        [System.CodeDom.Compiler.GeneratedCode("client-generator", "1.0")]
        class GeneratedRetirement
        {
            Task RetireAsync(IAmazonKeyManagementService kms, string keyId) => kms.ScheduleKeyDeletionAsync(keyId, 3);

            ScheduleKeyDeletionRequest Build(string keyId) => new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 3 };
        }
        """);

    /// <summary>One diagnostic of <paramref name="id"/> at each of the markups #0 to #count-1.</summary>
    private static DiagnosticResult[] AtMarkups(string id, DiagnosticSeverity severity, int count) =>
        Enumerable.Range(0, count).Select(markup => new DiagnosticResult(id, severity).WithLocation(markup)).ToArray();

    /// <summary>
    /// The IDE analyzes the span being edited, or the span of a diagnostic for its light bulb: what lies
    /// in it is reported, even when the search's marks lie outside it, and nothing outside it.
    /// </summary>
    [Fact]
    public async Task An_analysis_of_one_span_reports_what_lies_in_it_and_nothing_else()
    {
        var tree = CSharpSyntaxTree.ParseText(Sources.Usings + """
            class Teardown
            {
                async Task FirstAsync(IAmazonKeyManagementService kms, string keyId)
                {
                    await kms.DeleteCustomKeyStoreAsync(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-1" });
                    await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = 3 });
                    var created = await kms.CreateKeyAsync(new CreateKeyRequest());
                    await kms.ScheduleKeyDeletionAsync(created.KeyMetadata.KeyId, 7);
                }

                async Task SecondAsync(IAmazonKeyManagementService kms, string keyId)
                {
                    await kms.DeleteCustomKeyStoreAsync(new DeleteCustomKeyStoreRequest { CustomKeyStoreId = "cks-2" });
                    await kms.ScheduleKeyDeletionAsync(keyId, 45);
                    var created = await kms.CreateKeyAsync(new CreateKeyRequest());
                    await kms.ScheduleKeyDeletionAsync(created.KeyMetadata.KeyId, 7);
                }
            }
            """);
        var compilation = CSharpCompilation.Create("Span", new[] { tree }, await ReferenceSets.ResolveAsync("v4.1"), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CustomKeyStoreDeletionAnalyzer(), new PendingWindowAnalyzer(), new KeyLifecycleFlowAnalyzer());
        var first = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();

        // A driver per request, so no request is answered from what an earlier one computed.
        Task<ImmutableArray<Diagnostic>> AnalyzeAsync(TextSpan? span) =>
            compilation.WithAnalyzers(analyzers).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), span, default);

        var inFirst = await AnalyzeAsync(first.Span);
        var inWhole = await AnalyzeAsync(null);

        Assert.Equal(new[] { "KMS001", "KMS006", "KMS008" }, inFirst.Select(d => d.Id).OrderBy(id => id));
        Assert.All(inFirst, d => Assert.True(first.Span.Contains(d.Location.SourceSpan), d.ToString()));

        // The span of the diagnostic alone, or a caret in it, as the light bulb asks: each finds its own.
        foreach (var diagnostic in inWhole)
        {
            var span = diagnostic.Location.SourceSpan;
            foreach (var asked in new[] { span, new TextSpan(span.Start + (span.Length / 2), 0) })
            {
                var found = await AnalyzeAsync(asked);
                Assert.Contains(found, d => d.Id == diagnostic.Id && d.Location.SourceSpan == span);
            }
        }

        Assert.Equal(new[] { "KMS001", "KMS001", "KMS006", "KMS006", "KMS008", "KMS008" }, inWhole.Select(d => d.Id).OrderBy(id => id));
    }
}
