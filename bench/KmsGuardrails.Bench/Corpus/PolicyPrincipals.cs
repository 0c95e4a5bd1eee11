namespace KmsGuardrails.Bench.Corpus;

/// <summary>
/// The principals a key policy names: intrinsics in CloudFormation (<c>!Sub arn:...:${AWS::AccountId}:root</c>),
/// literal ARNs in Terraform and C#.
/// </summary>
internal sealed record PolicyPrincipals(object AccountRoot, object Administrators, object Users)
{
    public const string AccountId = "111122223333";

    public static PolicyPrincipals Literal { get; } = new(
        $"arn:aws:iam::{AccountId}:root",
        $"arn:aws:iam::{AccountId}:role/KeyAdministrators",
        $"arn:aws:iam::{AccountId}:role/ApplicationRole");

    public static PolicyPrincipals CloudFormation { get; } = new(
        Intrinsic.Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root"),
        Intrinsic.Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/KeyAdministrators"),
        Intrinsic.Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ApplicationRole"));
}
