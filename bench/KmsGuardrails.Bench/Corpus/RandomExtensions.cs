using System;
using System.Collections.Generic;

namespace KmsGuardrails.Bench.Corpus;

/// <summary>The few draws the generators make, named for what they mean.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
