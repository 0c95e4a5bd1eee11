using System.IO;
using System.Text;

namespace KmsGuardrails.PolicyEngine.Tests.Fuzz;

/// <summary>Writes a CloudFormation template of a given size: many retained keys, in JSON or YAML.</summary>
internal static class LargeTemplate
{
    public static void Write(string path, long bytes, bool json)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(json ? "{ \"Resources\": {\n" : "Resources:\n");
        long written = 0;
        for (var i = 0; written < bytes; i++)
        {
            var key = json
                ? $"  \"Key{i}\": {{ \"Type\": \"AWS::KMS::Key\", \"DeletionPolicy\": \"Retain\", \"Properties\": {{ \"PendingWindowInDays\": {7 + (i % 24)}, \"Description\": \"key {i} of a generated template\" }} }},\n"
                : $"  Key{i}:\n    Type: AWS::KMS::Key\n    DeletionPolicy: Retain\n    Properties:\n      PendingWindowInDays: {7 + (i % 24)}\n      Description: key {i} of a generated template\n";
            writer.Write(key);
            written += key.Length;
        }

        writer.Write(json ? "  \"Topic\": { \"Type\": \"AWS::SNS::Topic\" } } }\n" : string.Empty);
    }
}
