using System;
using KmsGuardrails.Rules.Lifecycle;

namespace KmsGuardrails.Rules.Tests.Emulator;

/// <summary>
/// One way moto 5.x is not faithful to AWS KMS (measured against moto_server; MotoDifferentialTests lists them): what AWS does, what moto does, and
/// which (states, operation) pairs it concerns. The differential test does not send those.
/// </summary>
public sealed record MotoDeviation(string Name, string Aws, string Moto, Func<KeyStateSet, KeyOperation, bool> Concerns);
