namespace KmsGuardrails.Analyzers.Tests.Verification;

/// <summary>The AWSSDK.KeyManagementService builds the analyzers are tested against.</summary>
public enum SdkVersion
{
    /// <summary>3.3.105.18 (net45 build: sync and async methods, non-nullable value types), with AWSSDK.Core 3.7.</summary>
    V3,

    /// <summary>4.0.100.9, net8.0 build: async only, nullable value types.</summary>
    V4_0,

    /// <summary>4.1.0, net8.0 build.</summary>
    V4_1,

    /// <summary>4.1.0, net472 build: the v4 build that still has sync methods.</summary>
    V4_1_Sync,
}
