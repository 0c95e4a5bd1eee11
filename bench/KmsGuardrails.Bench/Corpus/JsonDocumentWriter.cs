using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>Writes a generated document tree as indented JSON; intrinsics take their long form.</summary>
internal static class JsonDocumentWriter
{
    // Relaxed escaping keeps quotes and '+' readable, as hand-written templates have them.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, object document)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        WriteValue(writer, document);
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case NullValue:
                writer.WriteNullValue();
                break;
            case Intrinsic intrinsic:
                writer.WriteStartObject();
                writer.WritePropertyName(intrinsic.Function);
                WriteValue(writer, intrinsic.Argument);
                writer.WriteEndObject();
                break;
            case OrderedMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case List<object> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as JSON", nameof(value));
        }
    }
}
