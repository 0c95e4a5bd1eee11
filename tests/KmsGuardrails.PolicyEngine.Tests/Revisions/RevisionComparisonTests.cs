using System.Linq;
using KmsGuardrails.PolicyEngine.Scanning;

namespace KmsGuardrails.PolicyEngine.Tests.Revisions;

/// <summary>
/// KMS015 between a base revision and the head of one file (<see cref="InfrastructureScanner.ScanChange"/>),
/// on templates with parameters, conditions and intrinsics.
/// </summary>
public sealed class RevisionComparisonTests
{
    private const string BaseJson = """
        {
          "AWSTemplateFormatVersion": "2010-09-09",
          "Parameters": { "Environment": { "Type": "String", "AllowedValues": ["prod", "dev"] } },
          "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Environment" }, "prod"] } },
          "Resources": {
            "OrdersKey": {
              "Type": "AWS::KMS::Key",
              "DeletionPolicy": { "Fn::If": ["IsProd", "Retain", "Delete"] },
              "Properties": { "PendingWindowInDays": 30 }
            },
            "OrdersReplica": {
              "Type": "AWS::KMS::ReplicaKey",
              "Condition": "IsProd",
              "Properties": { "PrimaryKeyArn": { "Fn::GetAtt": ["OrdersKey", "Arn"] }, "KeyPolicy": { "Version": "2012-10-17", "Statement": [] } }
            }
          }
        }
        """;

    private readonly InfrastructureScanner scanner = new();

    /// <summary>The KMS015 findings; a key enabled at the base also gets KMS008, which its own tests cover.</summary>
    private static Findings.Finding[] Kms015(ScanResult result) => result.Findings.Where(f => f.Rule.Id == "KMS015").ToArray();

    [Fact]
    public void A_base_revision_whose_aliases_nest_deeper_than_the_limit_is_a_problem_not_a_crash()
    {
        // Comparing the replica's PrimaryKeyArn walks the whole value: expanded, 24,000 levels overflowed the stack.
        var chain = string.Concat(Enumerable.Range(1, 120).Select(i => $"      X{i}: &a{i} {new string('[', 200)}*a{i - 1}{new string(']', 200)}\n"));
        var head = "Resources:\n  Replica:\n    Type: AWS::KMS::ReplicaKey\n    Properties:\n      X0: &a0 [1]\n" + chain + "      PrimaryKeyArn: *a119\n";

        var result = scanner.ScanChange("stack.yaml", head, "stack.yaml", head.Replace("*a119\n", "*a118\n"), "main");

        Assert.Empty(result.Findings);
        Assert.Equal("stack.yaml(7,215): error: the document nests deeper than 256 levels through the alias *a1 (at main)", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void An_unchanged_file_reformatted_and_reordered_raises_nothing()
    {
        var reformatted = BaseJson.Replace("\n", "\n  ").Replace("\"Fn::GetAtt\": [\"OrdersKey\", \"Arn\"]", "\"Fn::GetAtt\": [ \"OrdersKey\" , \"Arn\" ]");

        var result = scanner.ScanChange("stack.json", BaseJson, "stack.json", reformatted, "main");

        Assert.Empty(result.Findings);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_key_retained_only_under_a_condition_is_reported_when_renamed()
    {
        var head = BaseJson.Replace("\"OrdersKey\": {", "\"Unrelated\": { \"Type\": \"AWS::SNS::Topic\" },\n    \"Removed\": {")
            .Replace("[\"OrdersKey\", \"Arn\"]", "[\"Removed\", \"Arn\"]");

        var result = scanner.ScanChange("stack.json", BaseJson, "stack.json", head, "main");

        var finding = Assert.Single(Kms015(result), f => f.Subject == "OrdersKey");
        Assert.Contains("it is renamed to 'Removed' in this change", finding.Message);
    }

    [Fact]
    public void A_changed_primary_written_with_a_different_intrinsic_is_a_replacement_at_the_new_value()
    {
        var head = BaseJson.Replace("{ \"Fn::GetAtt\": [\"OrdersKey\", \"Arn\"] }", "{ \"Fn::ImportValue\": \"shared-primary-key-arn\" }");

        var result = scanner.ScanChange("stack.json", BaseJson, "stack.json", head, "v1.4.0");

        var finding = Assert.Single(Kms015(result));
        Assert.Equal(("KMS015", "OrdersReplica", 14, 40), (finding.Rule.Id, finding.Subject, finding.Position.Line, finding.Position.Column));
        Assert.Contains("its PrimaryKeyArn changes from {\"Fn::GetAtt\":[\"OrdersKey\",\"Arn\"]} at v1.4.0 to {\"Fn::ImportValue\":\"shared-primary-key-arn\"}", finding.Message);
    }

    [Fact]
    public void A_base_revision_that_cannot_be_read_is_a_problem_naming_the_revision_and_the_head_is_not_compared()
    {
        var result = scanner.ScanChange("stack.json", "{ \"Resources\": ", "stack.json", BaseJson, "main");

        Assert.Empty(result.Findings);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("(at main)", problem.Message);
    }

    [Fact]
    public void Plans_and_key_policies_are_not_compared_between_revisions()
    {
        const string plan = """{ "format_version": "1.2", "resource_changes": [], "planned_values": { "root_module": { "resources": [ { "address": "aws_kms_key.a", "type": "aws_kms_key", "values": {} } ] } } }""";

        var result = scanner.ScanChange("plan.json", plan, "plan.json", """{ "format_version": "1.2", "resource_changes": [] }""", "main");

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_head_that_cannot_be_read_is_not_taken_for_a_deleted_file()
    {
        var result = scanner.ScanChange("stack.json", BaseJson, "stack.json", BaseJson.Replace("\"Resources\": {", "\"Resources\": {,"), "main");

        Assert.Empty(result.Findings);
        Assert.Empty(result.Problems); // The head file's own scan reports it.
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("# moved to stack.yaml\n")]
    public void A_head_that_is_no_longer_a_template_removes_its_keys_at_the_start_of_the_file(string head)
    {
        var result = scanner.ScanChange("stack.json", BaseJson, "stack.json", head, "main");

        Assert.Equal(new[] { "OrdersKey", "OrdersReplica" }, Kms015(result).Select(f => f.Subject));
        Assert.All(result.Findings, f => Assert.Equal(("stack.json", new Rules.SourcePosition(1, 1)), (f.File, f.Position)));
        Assert.StartsWith("Key 'OrdersKey': its resource is removed in this change (it was declared at line 6 at main)", Kms015(result)[0].Message);
        Assert.Equal(new[] { "OrdersKey", "OrdersReplica" }, result.Findings.Where(f => f.Rule.Id == "KMS008").Select(f => f.Subject));
    }

    [Fact]
    public void A_new_file_has_nothing_to_compare()
    {
        var result = scanner.ScanChange("stack.json", null, "stack.json", BaseJson, "main");

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void HCL_keys_renamed_or_replaced_are_reported_and_a_moved_block_or_reformatting_is_not()
    {
        const string before = """
            resource "aws_kms_key" "orders" {
              key_usage               = "ENCRYPT_DECRYPT"
              deletion_window_in_days = 30
            }
            """;
        var reformatted = "# the orders key\n" + before.Replace(" = ", "=");
        var renamed = before.Replace("\"orders\"", "\"orders_v2\"");
        var moved = renamed + "\nmoved {\n  from = aws_kms_key.orders\n  to   = aws_kms_key.orders_v2\n}\n";
        var replaced = before.Replace("\"ENCRYPT_DECRYPT\"", "\"SIGN_VERIFY\"");

        Assert.Empty(scanner.ScanChange("kms.tf", before, "kms.tf", reformatted, "main").Findings);
        Assert.Empty(scanner.ScanChange("kms.tf", before, "kms.tf", moved, "main").Findings);
        var rename = Assert.Single(Kms015(scanner.ScanChange("kms.tf", before, "kms.tf", renamed, "main")));
        Assert.Equal(("KMS015", "aws_kms_key.orders", 1, 24), (rename.Rule.Id, rename.Subject, rename.Position.Line, rename.Position.Column));
        Assert.Contains("it is renamed to 'aws_kms_key.orders_v2' in this change", rename.Message);
        var replacement = Assert.Single(Kms015(scanner.ScanChange("kms.tf", before, "kms.tf", replaced, "main")));
        Assert.Equal(("KMS015", 2, 29), (replacement.Rule.Id, replacement.Position.Line, replacement.Position.Column));
    }
}
