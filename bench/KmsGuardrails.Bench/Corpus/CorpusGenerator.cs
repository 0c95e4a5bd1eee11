using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// Writes a corpus of infrastructure files: 60% CloudFormation templates (half JSON, half YAML),
/// 25% Terraform configurations (half JSON, half HCL, the HCL ones in a folder of their own),
/// 15% Terraform plans, in one folder per service. Each file
/// is drawn from its own seed (corpus seed, kind, index), so a corpus of 1,000 files starts with
/// the same files as one of 100 and the output never depends on thread scheduling.
/// </summary>
internal static class CorpusGenerator
{
    private const string CloudFormationFolderName = "cloudformation";
    private const string HclFolderName = "terraform-hcl";

    private enum FileKind
    {
        Template = 1,
        Terraform = 2,
        Plan = 3,
    }

    public static GeneratedCorpus Generate(string root, int fileCount, int seed)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var templates = (int)Math.Round(fileCount * 0.60);
        var terraform = (int)Math.Round(fileCount * 0.25);
        var plans = fileCount - templates - terraform;

        long cloudFormationBytes = 0;
        long hclBytes = 0;
        long otherBytes = 0;
        var hclConfigurations = 0;
        var yamlTemplates = 0;
        Parallel.For(0, templates, index =>
        {
            var random = FileRandom(seed, FileKind.Template, index);
            var template = CloudFormationTemplateFactory.Create(random);
            var asYaml = random.Chance(0.5);
            var path = FilePath(root, CloudFormationFolderName, index, asYaml ? "template-{0:D5}.yaml" : "template-{0:D5}.json");
            var bytes = asYaml ? WriteText(path, YamlDocumentWriter.Write(template)) : WriteJson(path, template);
            Interlocked.Add(ref cloudFormationBytes, bytes);
            if (asYaml)
            {
                Interlocked.Increment(ref yamlTemplates);
            }
        });
        Parallel.For(0, terraform, index =>
        {
            var random = FileRandom(seed, FileKind.Terraform, index);
            var document = TerraformConfigurationFactory.Create(random);
            if (random.Chance(0.5))
            {
                Interlocked.Add(ref hclBytes, WriteText(FilePath(root, HclFolderName, index, "main-{0:D5}.tf"), HclDocumentWriter.Write(document)));
                Interlocked.Increment(ref hclConfigurations);
            }
            else
            {
                Interlocked.Add(ref otherBytes, WriteJson(FilePath(root, "terraform", index, "main-{0:D5}.tf.json"), document));
            }
        });
        Parallel.For(0, plans, index =>
        {
            var document = TerraformPlanFactory.Create(FileRandom(seed, FileKind.Plan, index));
            Interlocked.Add(ref otherBytes, WriteJson(FilePath(root, "plans", index, "plan-{0:D5}.json"), document));
        });

        return new GeneratedCorpus(
            root,
            Path.Combine(root, CloudFormationFolderName),
            templates - yamlTemplates,
            yamlTemplates,
            terraform,
            plans,
            cloudFormationBytes,
            cloudFormationBytes + hclBytes + otherBytes)
        {
            HclFolder = Path.Combine(root, HclFolderName),
            HclConfigurations = hclConfigurations,
            HclBytes = hclBytes,
        };
    }

    // Not HashCode.Combine: its results change from one process to the next.
    private static Random FileRandom(int seed, FileKind kind, int index) => new(unchecked((seed * 31 + (int)kind) * 1_000_003 + index));

    private static string FilePath(string root, string kindFolder, int index, string nameFormat)
    {
        var folder = Path.Combine(root, kindFolder, ServiceNames.All[index % ServiceNames.All.Count]);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, string.Format(System.Globalization.CultureInfo.InvariantCulture, nameFormat, index));
    }

    private static long WriteText(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }

    private static long WriteJson(string path, OrderedMap document)
    {
        using var stream = File.Create(path);
        JsonDocumentWriter.Write(stream, document);
        return stream.Length;
    }
}
