using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Analyzers;

/// <summary>
/// Members of everyday business code (collections, LINQ, string building, parsing, async loops,
/// exceptions, pattern matching) for the generated classes. Each takes the name of the record
/// type declared in the same file; all use only the class's <c>amounts</c> field.
/// </summary>
internal static class OrdinaryMembers
{
    public static readonly IReadOnlyList<Func<string, string>> All = new Func<string, string>[]
    {
        line => $$"""
            public void Record(string customer, decimal amount)
            {
                if (!amounts.TryGetValue(customer, out var list))
                {
                    list = new List<decimal>();
                    amounts[customer] = list;
                }

                list.Add(amount);
            }
        """,
        line => $$"""
            public IReadOnlyList<string> TopCustomers(int count) =>
                amounts.OrderByDescending(pair => pair.Value.Sum()).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(count).Select(pair => pair.Key).ToList();
        """,
        line => $$"""
            public string Describe(string customer)
            {
                var text = new StringBuilder();
                text.Append("customer ").Append(customer).AppendLine();
                if (amounts.TryGetValue(customer, out var list))
                {
                    foreach (var amount in list)
                    {
                        text.Append("  ").Append(amount.ToString("N2", CultureInfo.InvariantCulture)).AppendLine();
                    }
                }

                return text.ToString();
            }
        """,
        line => $$"""
            public static string Classify(int value) => value switch
            {
                < 0 => "negative",
                0 => "zero",
                < 10 => "small",
                < 1000 => "medium",
                _ => "large",
            };
        """,
        line => $$"""
            public static async Task<int> CountLongAsync(IEnumerable<string> items, CancellationToken cancellationToken)
            {
                var count = 0;
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await Task.Yield();
                    if (item.Length > 3)
                    {
                        count++;
                    }
                }

                return count;
            }
        """,
        line => $$"""
            public static bool TryLoad(string path, out string content)
            {
                try
                {
                    content = File.ReadAllText(path);
                    return true;
                }
                catch (IOException)
                {
                    content = string.Empty;
                    return false;
                }
            }
        """,
        line => $$"""
            public static decimal Total(IEnumerable<{{line}}> lines) => lines.Where(l => l.Quantity > 0).Sum(l => l.Total);

            public static IReadOnlyDictionary<string, int> CountBySku(IEnumerable<{{line}}> lines) =>
                lines.GroupBy(l => l.Sku, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);
        """,
        line => $$"""
            public static List<{{line}}> ParseCsv(string text)
            {
                var lines = new List<{{line}}>();
                foreach (var row in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var cells = row.Split(',');
                    if (cells.Length != 3)
                    {
                        throw new FormatException($"expected 3 cells, got {cells.Length}: {row}");
                    }

                    lines.Add(new {{line}}(cells[0].Trim(), int.Parse(cells[1], CultureInfo.InvariantCulture), decimal.Parse(cells[2], CultureInfo.InvariantCulture)));
                }

                return lines;
            }
        """,
        line => $$"""
            public static async Task<T> RetryAsync<T>(Func<Task<T>> action, int attempts)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await action();
                    }
                    catch (TimeoutException) when (attempt < attempts)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)));
                    }
                }
            }
        """,
        line => $$"""
            public static string Normalize(string? name)
            {
                if (name is not { Length: > 0 })
                {
                    throw new ArgumentException("a name is required", nameof(name));
                }

                return name.Trim().ToUpperInvariant() switch
                {
                    var upper when upper.StartsWith("TEST", StringComparison.Ordinal) => "test",
                    var upper => upper.Replace(' ', '-'),
                };
            }
        """,
        line => $$"""
            public decimal AverageFor(string customer) =>
                amounts.TryGetValue(customer, out var list) && list.Count > 0 ? list.Average() : 0m;

            public int Customers => amounts.Count;
        """,
        line => $$"""
            public static IEnumerable<{{line}}> Expensive(IEnumerable<{{line}}> lines, decimal threshold)
            {
                foreach (var l in lines)
                {
                    if (l.UnitPrice >= threshold)
                    {
                        yield return l with { Sku = l.Sku.ToUpperInvariant() };
                    }
                }
            }
        """,
    };
}
