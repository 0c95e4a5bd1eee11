using System;
using System.Linq;
using System.Reflection;

namespace KmsGuardrails.Bench;

/// <summary>Facts the build wrote into this assembly: where packages and the CLI are, and which versions were pinned.</summary>
internal static class BuildInfo
{
    public static string NuGetPackageRoot => Read("NuGetPackageRoot");

    /// <summary>kms-guardrails.dll, built by the project reference in the same configuration as the bench.</summary>
    public static string CliAssembly => Read("CliAssembly");

    public static string Configuration => Read("Configuration");

    public static string AwsSdkVersion => Read("AwsSdkVersion");

    public static string MeziantouAnalyzerVersion => Read("MeziantouAnalyzerVersion");

    public static string RoslynatorAnalyzersVersion => Read("RoslynatorAnalyzersVersion");

    private static string Read(string key) =>
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"the build did not record '{key}'");
}
