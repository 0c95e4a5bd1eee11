using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Reads YAML into <see cref="DocNode"/>s from the parser's events, keeping tags (<c>!Ref</c>)
/// and start positions. Aliases share the anchored node instead of copying it, and their expanded
/// size is counted, so an alias bomb is refused instead of exhausting memory.
/// </summary>
public sealed class YamlDocumentReader
{
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.Compiled);

    private readonly DocumentLimits limits;
    private readonly Dictionary<string, (DocNode Node, Expansion Size)> anchors = new();
    private long expandedNodes;
    private long aliasedCharacters;

    private YamlDocumentReader(DocumentLimits limits) => this.limits = limits;

    public static DocumentResult Read(string file, string text, DocumentLimits? limits = null)
    {
        var reader = new YamlDocumentReader(limits ?? DocumentLimits.Default);
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return DocumentResult.Empty(new InputProblem(file, new SourcePosition(1, 1), "the document is empty"));
            }

            parser.Consume<DocumentStart>();
            var (root, _) = reader.ReadNode(parser, 1);
            return DocumentResult.Of(root);
        }
        catch (YamlException error)
        {
            var message = MarkPrefix.Replace(error.Message, string.Empty);
            return DocumentResult.Failed(new InputProblem(file, Inside(text, error.Start), "invalid YAML: " + message));
        }
        catch (DocumentProblemException error)
        {
            return DocumentResult.Failed(new InputProblem(file, error.Position, error.Message));
        }
        catch (Exception error) when (error.TargetSite?.DeclaringType?.Assembly == typeof(Parser).Assembly)
        {
            // YamlDotNet has bugs of its own on some malformed input (an InvalidOperationException from
            // its scanner): the input is still just bad, so it is reported where the parser got to.
            return DocumentResult.Failed(new InputProblem(file, Inside(text, parser.Current?.End ?? Mark.Empty), $"invalid YAML after this point (the YAML parser failed: {error.Message})"));
        }
    }

    private (DocNode Node, Expansion Size) ReadNode(IParser parser, int depth)
    {
        var start = parser.Current!;
        var position = Position(start.Start);
        if (depth > limits.MaximumDepth)
        {
            throw new DocumentProblemException(position, $"the document nests deeper than {limits.MaximumDepth} levels");
        }

        switch (start)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} has no anchor");
                }

                if (depth + anchored.Size.Height - 1 > limits.MaximumDepth)
                {
                    // Walkers of the tree rely on its depth bound; an alias must not extend it.
                    throw new DocumentProblemException(position, $"the document nests deeper than {limits.MaximumDepth} levels through the alias *{alias.Value.Value}");
                }

                CountAlias(anchored.Size, position);
                return anchored;
            case Scalar scalar:
                parser.MoveNext();
                return Anchor(scalar.Anchor, (ToScalar(scalar, position), Expansion.Of(scalar.Value)));
            case SequenceStart sequence:
                return Anchor(sequence.Anchor, ReadSequence(parser, sequence, position, depth));
            case MappingStart mapping:
                return Anchor(mapping.Anchor, ReadMapping(parser, mapping, position, depth));
            default:
                throw new YamlException(start.Start, start.End, "unexpected " + start.GetType().Name);
        }
    }

    private (DocNode, Expansion) ReadSequence(IParser parser, SequenceStart sequence, SourcePosition position, int depth)
    {
        parser.MoveNext();
        var items = new List<DocNode>();
        var size = Expansion.Collection;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var (item, itemSize) = ReadNode(parser, depth + 1);
            items.Add(item);
            size = size.Holding(itemSize);
        }

        Count(1, position);
        return (new DocList(position, Tag(sequence.Tag), items), size);
    }

    private (DocNode, Expansion) ReadMapping(IParser parser, MappingStart mapping, SourcePosition position, int depth)
    {
        parser.MoveNext();
        var members = new List<DocMember>();
        var seen = new HashSet<string>();
        var size = Expansion.Collection;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            if (keyEvent is not Scalar key)
            {
                throw new YamlException(keyEvent.Start, keyEvent.End, "only plain keys are supported in mappings");
            }

            parser.MoveNext();
            if (!seen.Add(key.Value))
            {
                throw new YamlException(key.Start, key.End, $"duplicate key '{key.Value}'");
            }

            var (value, valueSize) = ReadNode(parser, depth + 1);
            members.Add(new DocMember(key.Value, Position(key.Start), value));
            size = size.Holding(Expansion.Of(key.Value)).Holding(valueSize);
        }

        Count(1, position);
        return (new DocMap(position, Tag(mapping.Tag), members), size);
    }

    private (DocNode Node, Expansion Size) Anchor(YamlDotNet.Core.AnchorName anchor, (DocNode Node, Expansion Size) node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private void Count(long nodes, SourcePosition position)
    {
        expandedNodes += nodes;
        if (expandedNodes > limits.MaximumExpandedNodes)
        {
            throw new DocumentProblemException(position, $"the document expands to more than {limits.MaximumExpandedNodes} nodes (aliases that multiply, an 'alias bomb'?)");
        }
    }

    /// <summary>
    /// An alias reads its anchored node again: its nodes, and its text too, since one long string
    /// (a key policy) read again for every alias costs as much as a file holding all the copies.
    /// </summary>
    private void CountAlias(Expansion size, SourcePosition position)
    {
        Count(size.Nodes, position);
        aliasedCharacters += size.Characters;
        if (aliasedCharacters > limits.MaximumFileBytes)
        {
            throw new DocumentProblemException(position, $"aliases expand the document by more than {limits.MaximumFileBytes / (1024 * 1024)} MB of text, more than a file may hold (an 'alias bomb'?)");
        }
    }

    private static DocScalar ToScalar(Scalar scalar, SourcePosition position)
    {
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
        var isNull = !quoted && scalar.Tag.IsEmpty && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        return new DocScalar(position, Tag(scalar.Tag), isNull ? null : scalar.Value, quoted);
    }

    private static string? Tag(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

    private static SourcePosition Position(Mark mark) => new((int)mark.Line, (int)mark.Column);

    /// <summary>What an alias of a node adds: its nodes, the characters of its keys and scalars, and its height.</summary>
    private readonly record struct Expansion(long Nodes, long Characters, int Height)
    {
        public static Expansion Collection => new(1, 0, 1);

        public static Expansion Of(string scalar) => new(1, scalar.Length, 1);

        /// <summary>This collection with one more child in it.</summary>
        public Expansion Holding(Expansion child) => new(Nodes + child.Nodes, Characters + child.Characters, Math.Max(Height, child.Height + 1));
    }

    /// <summary>The position of an error, inside the text: YamlDotNet puts the end of the stream on a line after the last.</summary>
    private static SourcePosition Inside(string text, Mark mark) => LineStarts.Yaml(text).Clamp(Position(mark));
}
