using System;
using System.Collections.Generic;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.CloudFormation;

/// <summary>The intrinsic functions of CloudFormation, in long form and as YAML short-form tags.</summary>
internal static class Intrinsics
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "Ref", "Condition", "Fn::GetAtt", "Fn::Sub", "Fn::If", "Fn::Join", "Fn::Select", "Fn::FindInMap", "Fn::Equals",
        "Fn::Not", "Fn::And", "Fn::Or", "Fn::Base64", "Fn::ImportValue", "Fn::Split", "Fn::Cidr", "Fn::GetAZs",
        "Fn::Transform", "Fn::Length", "Fn::ToJsonString", "Fn::ForEach",
    };

    /// <summary>The long-form name of a short-form tag (<c>!If</c> → <c>Fn::If</c>), or null for other tags.</summary>
    public static string? FromTag(string tag)
    {
        var name = tag.StartsWith("!", StringComparison.Ordinal) ? tag.Substring(1) : tag;
        var longForm = name is "Ref" or "Condition" ? name : "Fn::" + name;
        return Functions.Contains(longForm) ? longForm : null;
    }

    /// <summary>A node that is a function call: a tagged YAML node, or a one-key map named after a function.</summary>
    public static bool TryGetCall(DocNode node, out string function, out DocNode argument)
    {
        if (node.Tag is { } tag && FromTag(tag) is { } fromTag)
        {
            function = fromTag;
            argument = node;
            return true;
        }

        if (node is DocMap { Members.Count: 1 } map && Functions.Contains(map.Members[0].Key))
        {
            function = map.Members[0].Key;
            argument = map.Members[0].Value;
            return true;
        }

        function = string.Empty;
        argument = node;
        return false;
    }

    /// <summary>True for YAML tags CloudFormation does not know (standard YAML tags like !!str are fine).</summary>
    public static bool IsUnknownTag(string tag) =>
        !tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) && FromTag(tag) is null;
}
