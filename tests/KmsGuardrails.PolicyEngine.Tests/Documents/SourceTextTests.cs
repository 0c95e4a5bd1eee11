using System.IO;
using System.Linq;
using System.Text;
using KmsGuardrails.PolicyEngine.Documents;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Tests.Documents;

public sealed class SourceTextTests
{
    [Fact]
    public void A_bom_is_not_part_of_the_text()
    {
        var (text, problem) = SourceText.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', (byte)'1' }, "t.yaml");

        Assert.Null(problem);
        Assert.Equal("a: 1", text);
    }

    [Theory]
    [InlineData("a\nbc\u00FF", 2, 3)]
    [InlineData("a\r\nbc\u00FF", 2, 3)]
    [InlineData("a\rb\rc\u00FF", 3, 2)]
    [InlineData("\u00E9\u00E9\u00FF", 1, 3)]
    public void Invalid_utf8_is_positioned_at_the_bad_byte_whatever_the_line_endings(string latin1, int line, int column)
    {
        // Latin-1 keeps each character one byte, so \u00FF is the invalid byte 0xFF; \u00E9 is re-encoded as two-byte UTF-8.
        var bytes = Encoding.Latin1.GetBytes(latin1.Replace("\u00E9", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("\u00E9"))));

        var (text, problem) = SourceText.Decode(bytes, "bad.yaml");

        Assert.Null(text);
        Assert.Equal(new SourcePosition(line, column), problem!.Position);
        Assert.Contains("not valid UTF-8", problem.Message);
    }

    [Fact]
    public void A_nul_byte_makes_the_file_binary_at_its_position()
    {
        var (_, problem) = SourceText.Decode(Encoding.ASCII.GetBytes("{\r\r  \0"), "bin.json");

        Assert.Equal(new SourcePosition(3, 3), problem!.Position);
        Assert.Contains("binary", problem.Message);
    }

    [Fact]
    public void A_utf16_file_is_named_as_such_rather_than_binary()
    {
        var (text, problem) = SourceText.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: 1\n")).ToArray(), "windows.yaml");

        Assert.Null(text);
        Assert.Equal(new SourcePosition(1, 1), problem!.Position);
        Assert.Equal("the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8", problem.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, new byte[3 * 1024 * 1024]);

            var (text, problem) = SourceText.Read(path, "big.json", new DocumentLimits { MaximumFileBytes = 2 * 1024 * 1024 });

            Assert.Null(text);
            Assert.Equal("big.json", problem!.File);
            Assert.Equal(new SourcePosition(1, 1), problem.Position);
            Assert.Equal("the file is 3 MB, over the 2 MB limit", problem.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
