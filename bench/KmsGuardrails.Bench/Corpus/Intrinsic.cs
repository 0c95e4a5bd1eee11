using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// A CloudFormation intrinsic function. JSON writes it as <c>{ "Fn::Sub": ... }</c>, YAML as the
/// short form <c>!Sub ...</c>, so the same template tree serves both formats.
/// </summary>
internal sealed record Intrinsic(string Function, object Argument)
{
    public static Intrinsic Ref(string name) => new("Ref", name);

    public static Intrinsic GetAtt(string resource, string attribute) => new("Fn::GetAtt", new List<object> { resource, attribute });

    public static Intrinsic Sub(string text) => new("Fn::Sub", text);

    public static Intrinsic If(string condition, object whenTrue, object whenFalse) => new("Fn::If", new List<object> { condition, whenTrue, whenFalse });

    public static Intrinsic Equal(object left, object right) => new("Fn::Equals", new List<object> { left, right });

    public static Intrinsic Not(object condition) => new("Fn::Not", new List<object> { condition });

    public static Intrinsic Join(string separator, params object[] parts) => new("Fn::Join", new List<object> { separator, new List<object>(parts) });

    /// <summary>The YAML short-form tag: "Fn::Sub" becomes "!Sub", "Ref" stays "!Ref".</summary>
    public string ShortTag => "!" + (Function.StartsWith("Fn::", System.StringComparison.Ordinal) ? Function.Substring(4) : Function);
}
