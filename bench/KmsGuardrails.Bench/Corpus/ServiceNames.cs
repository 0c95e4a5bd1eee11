using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>Names of the made-up services whose infrastructure the corpus describes.</summary>
internal static class ServiceNames
{
    public static readonly IReadOnlyList<string> All = new[]
    {
        "orders", "payments", "ledger", "reports", "audit", "billing", "inventory", "shipping", "notifications",
        "analytics", "search", "identity", "media", "exports", "backups", "invoices", "catalog", "pricing",
        "sessions", "telemetry", "documents", "claims", "settlements", "archive",
    };

    /// <summary>"orders" to "Orders", for CloudFormation logical ids.</summary>
    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>Distinct service names for one file, starting at a point the file's index chooses.</summary>
    public static IReadOnlyList<string> For(Random random, int count)
    {
        var start = random.Next(All.Count);
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            names.Add(All[(start + i * 7) % All.Count]);
        }

        return names;
    }
}
