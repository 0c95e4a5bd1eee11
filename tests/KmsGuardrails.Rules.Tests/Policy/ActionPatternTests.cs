using System.Linq;
using KmsGuardrails.Rules.Policy;

namespace KmsGuardrails.Rules.Tests.Policy;

public class ActionPatternTests
{
    [Theory]
    [InlineData("kms:ScheduleKeyDeletion", "kms:ScheduleKeyDeletion", true)]
    [InlineData("KMS:schedulekeydeletion", "kms:ScheduleKeyDeletion", true)]
    [InlineData("kms:*", "kms:ScheduleKeyDeletion", true)]
    [InlineData("*", "kms:CancelKeyDeletion", true)]
    [InlineData("kms:*Deletion", "kms:ScheduleKeyDeletion", true)]
    [InlineData("kms:*Deletion", "kms:CancelKeyDeletion", true)]
    [InlineData("kms:*Key*", "kms:CancelKeyDeletion", true)]
    [InlineData("kms:Schedule*", "kms:ScheduleKeyDeletion", true)]
    [InlineData("kms:Schedule?eyDeletion", "kms:ScheduleKeyDeletion", true)]
    [InlineData("kms:Delete*", "kms:ScheduleKeyDeletion", false)]
    [InlineData("kms:Cancel*", "kms:ScheduleKeyDeletion", false)]
    [InlineData("kms:ScheduleKeyDeletion", "kms:ScheduleKeyDeletionX", false)]
    [InlineData("s3:*", "kms:ScheduleKeyDeletion", false)]
    [InlineData("kms:", "kms:ScheduleKeyDeletion", false)]
    [InlineData("", "kms:ScheduleKeyDeletion", false)]
    [InlineData("kms:**Deletion**", "kms:CancelKeyDeletion", true)]
    public void Matches_like_iam(string pattern, string action, bool expected)
    {
        Assert.Equal(expected, ActionPattern.Matches(pattern, action));
    }

    [Fact]
    public void A_hostile_pattern_stays_fast()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 1_000)) + "b";
        var action = new string('a', 5_000);

        Assert.False(ActionPattern.Matches(pattern, action));
    }
}
