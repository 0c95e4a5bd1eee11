namespace KmsGuardrails.Cli.Tests;

/// <summary>Small inputs with known findings.</summary>
internal static class Fixtures
{
    /// <summary>KMS001 at (6,28); KMS014 at (3,5) is not raised because the key is retained.</summary>
    public const string ShortWindow = "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    DeletionPolicy: Retain\n    Properties:\n      PendingWindowInDays: 3\n";

    /// <summary>KMS014 at (2,3), a note.</summary>
    public const string NotRetained = "Resources:\n  Scratch:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: scratch\n";

    /// <summary>KMS013 on the "Open" statement, an error.</summary>
    public const string OpenPolicy = "{ \"Version\": \"2012-10-17\", \"Statement\": [\n  { \"Sid\": \"Root\", \"Effect\": \"Allow\", \"Principal\": { \"AWS\": \"arn:aws:iam::111122223333:root\" }, \"Action\": \"kms:*\", \"Resource\": \"*\" },\n  { \"Sid\": \"Open\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:*\", \"Resource\": \"*\" } ] }\n";
}
