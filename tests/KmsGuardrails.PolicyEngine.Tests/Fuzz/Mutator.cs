using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>
/// Random mutations of an input's bytes, each described so a failure names what was done. Some break
/// the syntax (truncation, stray tokens, bad bytes), some keep it (value substitution, line endings,
/// BOM), so cases reach both the parsers' error paths and the readers behind them.
/// </summary>
internal sealed class Mutator
{
    private readonly IReadOnlyList<byte[]> donors;
    private readonly (string Name, Func<Random, byte[], (byte[], string)> Apply)[] mutations;

    /// <param name="donors">Other inputs whose parts may be spliced in.</param>
    public Mutator(IReadOnlyList<byte[]> donors)
    {
        this.donors = donors;
        mutations = new (string, Func<Random, byte[], (byte[], string)>)[]
        {
            ("truncate", Truncate),
            ("delete", DeleteSpan),
            ("duplicate", DuplicateSpan),
            ("duplicate line", DuplicateLine),
            ("swap lines", SwapLines),
            ("repeat line", RepeatLine),
            ("reindent", Reindent),
            ("insert token", InsertToken),
            ("replace value", ReplaceValue),
            ("change byte", ChangeByte),
            ("invalid UTF-8", InsertInvalidUtf8),
            ("BOM", AddBom),
            ("line endings", ChangeLineEndings),
            ("tabs", IndentWithTabs),
            ("splice", Splice),
            ("nest", Nest),
            ("NUL", InsertNul),
            ("blank", Blank),
        };
    }

    public (byte[] Bytes, string Description) Apply(Random random, byte[] input) => mutations[random.Next(mutations.Length)].Apply(random, input);

    /// <summary>A mutation that usually keeps the syntax valid, so the case reaches the readers behind the parser.</summary>
    public (byte[] Bytes, string Description) ApplyKeepingSyntax(Random random, byte[] input) => ReplaceValue(random, input);

    private static (byte[], string) Truncate(Random random, byte[] input)
    {
        var at = random.Next(input.Length + 1);
        return (input[..at], $"truncated to {at} bytes");
    }

    private static (byte[], string) DeleteSpan(Random random, byte[] input)
    {
        var (start, length) = Span(random, input, 64);
        return (Replace(input, start, length, Array.Empty<byte>()), $"deleted {length} bytes at {start}");
    }

    private static (byte[], string) DuplicateSpan(Random random, byte[] input)
    {
        var (start, length) = Span(random, input, 256);
        var at = random.Next(input.Length + 1);
        return (Replace(input, at, 0, input[start..(start + length)]), $"copied {length} bytes from {start} to {at}");
    }

    private static (byte[], string) DuplicateLine(Random random, byte[] input)
    {
        var (start, end) = Line(random, input);
        return (Replace(input, end, 0, input[start..end]), $"duplicated the line at {start}");
    }

    private static (byte[], string) SwapLines(Random random, byte[] input)
    {
        var (firstStart, firstEnd) = Line(random, input);
        var (secondStart, secondEnd) = Line(random, input);
        if (secondStart < firstStart)
        {
            (firstStart, firstEnd, secondStart, secondEnd) = (secondStart, secondEnd, firstStart, firstEnd);
        }

        if (secondStart < firstEnd)
        {
            return (input, "swapped a line with itself");
        }

        var swapped = input[..firstStart].Concat(input[secondStart..secondEnd]).Concat(input[firstEnd..secondStart])
            .Concat(input[firstStart..firstEnd]).Concat(input[secondEnd..]).ToArray();
        return (swapped, $"swapped the lines at {firstStart} and {secondStart}");
    }

    private static (byte[], string) RepeatLine(Random random, byte[] input)
    {
        var (start, end) = Line(random, input);
        var times = 2 + random.Next(500);
        var repeated = Enumerable.Repeat(input[start..end], times).SelectMany(line => line).ToArray();
        return (Replace(input, end, 0, repeated), $"repeated the line at {start} {times} times");
    }

    private static (byte[], string) Reindent(Random random, byte[] input)
    {
        var (start, _) = Line(random, input);
        var spaces = random.Next(4);
        var removed = 0;
        while (removed < spaces && start + removed < input.Length && input[start + removed] == (byte)' ')
        {
            removed++;
        }

        return random.Next(2) == 0
            ? (Replace(input, start, 0, Encoding.ASCII.GetBytes(new string(' ', spaces + 1))), $"indented the line at {start} by {spaces + 1}")
            : (Replace(input, start, removed, Array.Empty<byte>()), $"unindented the line at {start} by {removed}");
    }

    private static (byte[], string) InsertToken(Random random, byte[] input)
    {
        var token = FuzzTokens.Syntax[random.Next(FuzzTokens.Syntax.Length)];
        var at = random.Next(input.Length + 1);
        return (Replace(input, at, 0, FuzzTokens.Bytes(token)), $"inserted {Show(token)} at {at}");
    }

    /// <summary>Replaces a JSON string or number, or a YAML key's value, with a value the readers have to interpret.</summary>
    private static (byte[], string) ReplaceValue(Random random, byte[] input)
    {
        var json = input.SkipWhile(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF).FirstOrDefault() is (byte)'{' or (byte)'[';
        var (start, length) = json ? JsonValueAt(input, random.Next(input.Length + 1)) : YamlValueAt(random, input);
        if (length < 0)
        {
            return (input, "found no value to replace");
        }

        var values = json ? FuzzTokens.JsonValues : FuzzTokens.YamlValues;
        var value = values[random.Next(values.Length)];
        return (Replace(input, start, length, FuzzTokens.Bytes(value)), $"replaced the value at {start} with {Show(value)}");
    }

    private static (byte[], string) ChangeByte(Random random, byte[] input)
    {
        if (input.Length == 0)
        {
            return (input, "changed no byte of an empty input");
        }

        var changed = (byte[])input.Clone();
        var at = random.Next(changed.Length);
        changed[at] = random.Next(2) == 0 ? (byte)(changed[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        return (changed, $"changed byte {at} to 0x{changed[at]:X2}");
    }

    private static (byte[], string) InsertInvalidUtf8(Random random, byte[] input)
    {
        var bad = FuzzTokens.InvalidUtf8[random.Next(FuzzTokens.InvalidUtf8.Length)];
        var at = random.Next(input.Length + 1);
        return (Replace(input, at, 0, bad), $"inserted invalid UTF-8 {Convert.ToHexString(bad)} at {at}");
    }

    private static (byte[], string) AddBom(Random random, byte[] input)
    {
        var at = random.Next(4) == 0 ? random.Next(input.Length + 1) : 0;
        return (Replace(input, at, 0, new byte[] { 0xEF, 0xBB, 0xBF }), $"inserted a BOM at {at}");
    }

    private static (byte[], string) ChangeLineEndings(Random random, byte[] input)
    {
        var (ending, name) = random.Next(3) switch { 0 => ("\r\n", "CRLF"), 1 => ("\r", "CR"), _ => ("\u2028", "U+2028") };
        var text = Encoding.Latin1.GetString(input).Replace("\r\n", "\n").Replace("\n", Encoding.Latin1.GetString(FuzzTokens.Bytes(ending)));
        return (Encoding.Latin1.GetBytes(text), $"line endings {name}");
    }

    private static (byte[], string) IndentWithTabs(Random random, byte[] input)
    {
        var every = 1 + random.Next(3);
        var lines = Encoding.Latin1.GetString(input).Split('\n');
        for (var i = 0; i < lines.Length; i += every)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            lines[i] = new string('\t', (indent + 1) / 2) + lines[i].Substring(indent);
        }

        return (Encoding.Latin1.GetBytes(string.Join('\n', lines)), $"tabs for the indentation of every {every}. line");
    }

    private (byte[], string) Splice(Random random, byte[] input)
    {
        var donor = donors[random.Next(donors.Count)];
        var cut = random.Next(input.Length + 1);
        var from = random.Next(donor.Length + 1);
        return (input[..cut].Concat(donor[from..]).ToArray(), $"spliced another input from its byte {from} at {cut}");
    }

    /// <summary>Deep nesting in the middle of a document, closed or not: flow brackets, objects, or block sequences.</summary>
    private static (byte[], string) Nest(Random random, byte[] input)
    {
        var depth = 1 + random.Next(random.Next(2) == 0 ? 50 : 2_000);
        var (open, close) = random.Next(3) switch { 0 => ("[", "]"), 1 => ("{\"a\": ", "}"), _ => ("- ", string.Empty) };
        var closed = random.Next(2) == 0;
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + (closed ? string.Concat(Enumerable.Repeat(close, depth)) : string.Empty);
        var at = random.Next(input.Length + 1);
        return (Replace(input, at, 0, FuzzTokens.Bytes(nested)), $"nested {Show(open)} {depth} deep{(closed ? string.Empty : ", unclosed,")} at {at}");
    }

    private static (byte[], string) InsertNul(Random random, byte[] input)
    {
        var at = random.Next(input.Length + 1);
        return (Replace(input, at, 0, new byte[] { 0 }), $"inserted a NUL at {at}");
    }

    private static (byte[], string) Blank(Random random, byte[] input)
    {
        var blank = new[] { string.Empty, " ", "\n\n", " \t\r\n", "\uFEFF", "#", "---", "{}", "[]", "null", "\"\"" }[random.Next(11)];
        return (FuzzTokens.Bytes(blank), $"replaced everything with {Show(blank)}");
    }

    /// <summary>A JSON string literal or number at or after <paramref name="from"/>, as start and length; length -1 when there is none.</summary>
    private static (int, int) JsonValueAt(byte[] input, int from)
    {
        for (var i = from; i < input.Length; i++)
        {
            if (input[i] == (byte)'"')
            {
                var end = i + 1;
                while (end < input.Length && input[end] != (byte)'"')
                {
                    end += input[end] == (byte)'\\' ? 2 : 1;
                }

                end = Math.Min(end + 1, input.Length);
                if (!IsKey(input, end))
                {
                    return (i, end - i);
                }

                i = end - 1;
                continue;
            }

            if (input[i] is (byte)'-' or >= (byte)'0' and <= (byte)'9')
            {
                var end = i + 1;
                while (end < input.Length && (input[end] is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-' or >= (byte)'0' and <= (byte)'9'))
                {
                    end++;
                }

                return (i, end - i);
            }
        }

        return (0, -1);
    }

    /// <summary>A string followed by ':' is a key: replacing it with a value would only break the syntax.</summary>
    private static bool IsKey(byte[] input, int after)
    {
        var next = input.Skip(after).SkipWhile(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n').FirstOrDefault();
        return next == (byte)':';
    }

    /// <summary>What follows "key: " on a random line, to its end.</summary>
    private static (int, int) YamlValueAt(Random random, byte[] input)
    {
        var (start, end) = Line(random, input);
        for (var i = start; i + 1 < end; i++)
        {
            if (input[i] == (byte)':' && input[i + 1] is (byte)' ' or (byte)'\n' or (byte)'\r')
            {
                var valueEnd = end > start && input[end - 1] == (byte)'\n' ? end - 1 : end;
                return (i + 2 > valueEnd ? valueEnd : i + 2, Math.Max(0, valueEnd - (i + 2)));
            }
        }

        return (0, -1);
    }

    /// <summary>A random line, as the start and the end after its '\n' (or the end of the input).</summary>
    private static (int Start, int End) Line(Random random, byte[] input)
    {
        var at = random.Next(input.Length + 1);
        var start = at == 0 ? 0 : Array.LastIndexOf(input, (byte)'\n', at - 1) + 1;
        var newline = Array.IndexOf(input, (byte)'\n', at);
        return (start, newline < 0 ? input.Length : newline + 1);
    }

    private static (int Start, int Length) Span(Random random, byte[] input, int maximum)
    {
        var start = random.Next(input.Length + 1);
        return (start, random.Next(Math.Min(maximum, input.Length - start) + 1));
    }

    private static byte[] Replace(byte[] input, int start, int length, byte[] with) =>
        input[..start].Concat(with).Concat(input[(start + length)..]).ToArray();

    private static string Show(string text) => "\"" + text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
