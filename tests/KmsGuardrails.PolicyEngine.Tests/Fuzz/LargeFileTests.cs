using System;
using System.IO;
using KmsGuardrails.PolicyEngine.Scanning;
using KmsGuardrails.Rules;
using KmsGuardrails.Rules.Documents;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>A 100 MB template: refused at the default 64 MB limit, read within a bound under a raised one.</summary>
[Trait("Category", "Fuzz")]
public sealed class LargeFileTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Theory]
    [InlineData("big.json")]
    [InlineData("big.yaml")]
    public void A_100_MB_file_is_over_the_default_limit_at_its_first_line(string fileName)
    {
        using var folder = new FuzzFolder("large");
        var path = Path.Combine(folder.Path, fileName);
        LargeTemplate.Write(path, HundredMegabytes, json: fileName.EndsWith(".json", StringComparison.Ordinal));

        var (result, failure, _) = TimeBound.Run(() => new InfrastructureScanner().ScanFile(path, fileName), TimeSpan.FromSeconds(10));

        Assert.Null(failure);
        var problem = Assert.Single(result!.Problems);
        Assert.Equal((fileName, new SourcePosition(1, 1), "the file is 100 MB, over the 64 MB limit"), (problem.File, problem.Position, problem.Message));
    }

    /// <summary>About 30 s and 2 GB of memory each on a 2-core machine: the documents are read, every key checked.</summary>
    [FullFuzzRunFact("reading 100 MB takes about 30 s and 2 GB")]
    public void A_100_MB_template_under_a_raised_limit_is_read_within_the_bound()
    {
        using var folder = new FuzzFolder("large");
        var scanner = new InfrastructureScanner(new ScanOptions { Limits = new DocumentLimits { MaximumFileBytes = 2 * HundredMegabytes } });
        foreach (var fileName in new[] { "big.json", "big.yaml" })
        {
            var path = Path.Combine(folder.Path, fileName);
            LargeTemplate.Write(path, HundredMegabytes, json: fileName.EndsWith(".json", StringComparison.Ordinal));

            var (result, failure, _) = TimeBound.Run(() => scanner.ScanFile(path, fileName), TimeSpan.FromMinutes(3));
            File.Delete(path); // 100 MB less on the disk before the next one

            Assert.Null(failure);
            Assert.Equal(InputKind.CloudFormation, result!.Kind);
            Assert.Empty(result.Problems);
            Assert.Empty(result.Findings); // every generated key is retained, with a valid window
        }
    }
}
