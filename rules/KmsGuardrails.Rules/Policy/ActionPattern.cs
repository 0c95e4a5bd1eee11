namespace KmsGuardrails.Rules.Policy;

/// <summary>
/// IAM action matching: case-insensitive, <c>*</c> matches any run of characters and <c>?</c> one
/// character (<c>kms:*</c>, <c>kms:*Deletion</c>, <c>*</c>). Linear-time greedy matching with one
/// backtrack point, so a hostile pattern cannot make it slow.
/// </summary>
public static class ActionPattern
{
    public static bool Matches(string pattern, string action)
    {
        int p = 0, a = 0, starPattern = -1, starAction = 0;
        while (a < action.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starPattern = p++;
                starAction = a;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(action[a])))
            {
                p++;
                a++;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                a = ++starAction;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
