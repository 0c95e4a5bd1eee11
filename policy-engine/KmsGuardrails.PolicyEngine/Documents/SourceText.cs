using System;
using System.IO;
using System.Text;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Documents;

/// <summary>
/// Reads an input file as UTF-8 (with or without BOM). Binary content, invalid UTF-8 and files
/// over the size limit are refused with a positioned problem rather than read as garbage.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, InputProblem? Problem) Read(string path, string displayPath, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        byte[] bytes;
        try
        {
            // The size of what is read, through symbolic links. A FIFO or a device says it is empty:
            // opening a FIFO blocks until something writes to it, and /dev/zero never ends.
            var file = new FileInfo(path);
            var length = (file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file).Length;
            if (length > limits.MaximumFileBytes)
            {
                return (null, new InputProblem(displayPath, new SourcePosition(1, 1), $"the file is {length / (1024 * 1024)} MB, over the {limits.MaximumFileBytes / (1024 * 1024)} MB limit"));
            }

            bytes = length == 0 ? Array.Empty<byte>() : File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(displayPath, new SourcePosition(1, 1), "the file cannot be read: " + UnreadableInput.Reason(error, path, displayPath)));
        }

        return Decode(bytes, displayPath);
    }

    public static (string? Text, InputProblem? Problem) Decode(byte[] bytes, string displayPath)
    {
        // Windows tools write UTF-16; its NUL bytes would otherwise make it look binary.
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (null, new InputProblem(displayPath, new SourcePosition(1, 1), "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"));
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            return (null, new InputProblem(displayPath, PositionOf(bytes, start, nul), "the file is binary (it contains a NUL byte), not a template or policy"));
        }

        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException error)
        {
            return (null, new InputProblem(displayPath, PositionOf(bytes, start, start + Math.Max(0, error.Index)), "the file is not valid UTF-8"));
        }
    }

    /// <summary>Line and column (in characters of the valid prefix) of a byte offset.</summary>
    private static SourcePosition PositionOf(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            // The line breaks of the readers: \n, \r\n and a lone \r.
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }
}
