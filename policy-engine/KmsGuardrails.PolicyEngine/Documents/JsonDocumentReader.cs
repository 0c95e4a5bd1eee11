using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;
using Newtonsoft.Json;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Reads JSON into <see cref="DocNode"/>s with Newtonsoft.Json's reader. Its line info marks the
/// end of a token; <see cref="TokenStart"/> walks back to where the token starts, so positions
/// point at the value as an editor shows it.
/// </summary>
public sealed class JsonDocumentReader
{
    private readonly JsonTextReader reader;
    private readonly TokenStart starts;

    private JsonDocumentReader(string text, DocumentLimits limits)
    {
        reader = new JsonTextReader(new StringReader(text))
        {
            MaxDepth = limits.MaximumDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        starts = new TokenStart(text);
    }

    public static DocumentResult Read(string file, string text, DocumentLimits? limits = null)
    {
        var json = new JsonDocumentReader(text, limits ?? DocumentLimits.Default);
        try
        {
            if (!json.reader.Read())
            {
                return DocumentResult.Empty(new InputProblem(file, new SourcePosition(1, 1), "the document is empty"));
            }

            var root = json.ReadValue();
            if (json.reader.Read())
            {
                throw new DocumentProblemException(json.starts.Of(json.reader), "invalid JSON: unexpected content after the end of the document");
            }

            return DocumentResult.Of(root);
        }
        catch (JsonReaderException error)
        {
            var message = error.Message;
            var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
            message = cut > 0 ? message.Substring(0, cut) : message;
            // Newtonsoft.Json counts the characters read before the offending one.
            return DocumentResult.Failed(new InputProblem(file, json.starts.Clamp(new SourcePosition(error.LineNumber, error.LinePosition + 1)), "invalid JSON: " + message));
        }
        catch (DocumentProblemException error)
        {
            return DocumentResult.Failed(new InputProblem(file, error.Position, error.Message));
        }
    }

    private DocNode ReadValue()
    {
        RejectComments();
        var position = starts.Of(reader);
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                return ReadObject(position);
            case JsonToken.StartArray:
                var items = new List<DocNode>();
                while (Next() != JsonToken.EndArray)
                {
                    items.Add(ReadValue());
                }

                return new DocList(position, null, items);
            case JsonToken.String:
                RequireDoubleQuotes(position, "strings");
                return new DocScalar(position, null, (string?)reader.Value, isQuoted: true);
            case JsonToken.Integer or JsonToken.Float or JsonToken.Boolean:
                return new DocScalar(position, null, Convert.ToString(reader.Value, CultureInfo.InvariantCulture)?.ToLowerInvariant(), isQuoted: false);
            case JsonToken.Null or JsonToken.Undefined:
                return new DocScalar(position, null, null, isQuoted: false);
            default:
                throw Error($"unexpected {reader.TokenType}");
        }
    }

    private DocMap ReadObject(SourcePosition position)
    {
        var members = new List<DocMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Next() != JsonToken.EndObject)
        {
            var keyPosition = starts.Of(reader);
            RequireDoubleQuotes(keyPosition, "property names");
            var key = (string)reader.Value!;
            if (!seen.Add(key))
            {
                throw new DocumentProblemException(keyPosition, $"invalid JSON: duplicate key '{key}'");
            }

            Next();
            members.Add(new DocMember(key, keyPosition, ReadValue()));
        }

        return new DocMap(position, null, members);
    }

    /// <summary>
    /// The next token. Newtonsoft.Json accepts more than JSON (comments, trailing commas, single
    /// quotes, unquoted names); CloudFormation and IAM do not, so neither do we.
    /// </summary>
    private JsonToken Next()
    {
        if (!reader.Read())
        {
            throw Error("the document ends before it is complete");
        }

        RejectComments();
        if (reader.TokenType is JsonToken.EndObject or JsonToken.EndArray)
        {
            var position = starts.Of(reader);
            if (starts.SignificantBefore(position) == ',')
            {
                throw new DocumentProblemException(position, "invalid JSON: a trailing comma before '" + starts.At(position) + "'");
            }
        }

        return reader.TokenType;
    }

    private void RejectComments()
    {
        if (reader.TokenType == JsonToken.Comment)
        {
            throw new DocumentProblemException(starts.Of(reader), "invalid JSON: comments are not allowed");
        }
    }

    private void RequireDoubleQuotes(SourcePosition position, string what)
    {
        if (starts.At(position) != '"')
        {
            throw new DocumentProblemException(position, $"invalid JSON: {what} must be in double quotes");
        }
    }

    private DocumentProblemException Error(string message) =>
        new(starts.Clamp(new SourcePosition(reader.LineNumber, reader.LinePosition)), "invalid JSON: " + message);
}
