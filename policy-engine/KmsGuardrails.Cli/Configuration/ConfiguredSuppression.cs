using System;
using KmsGuardrails.Rules;

namespace KmsGuardrails.Cli.Configuration;

/// <summary>
/// A suppression written in the configuration file: a rule, optionally limited to paths (glob) and
/// a subject (logical id or address), a reason, and an optional expiry date after which it stops
/// suppressing.
/// </summary>
internal sealed record ConfiguredSuppression(string RuleId, string? Path, string? Subject, string Reason, DateTime? Expires, SourcePosition Position);
