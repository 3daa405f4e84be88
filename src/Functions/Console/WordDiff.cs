using DiffPlex;
using DiffPlex.Chunkers;

namespace Aligners.Functions.Console;

/// <summary>One run of a word-level diff: text both sides share, or text only the old or only the new side has.</summary>
/// <param name="Op"><c>equal</c>, <c>delete</c> or <c>insert</c>.</param>
/// <param name="Text">The run's text, whitespace included.</param>
public sealed record DiffRun(string Op, string Text);

/// <summary>
/// A word-level diff of an answer and its aligned version, by DiffPlex. Runs of the same kind are
/// merged, and joining the equal and delete runs gives the old text, the equal and insert runs the new.
/// </summary>
public static class WordDiff
{
    /// <summary>The runs turning <paramref name="before"/> into <paramref name="after"/>.</summary>
    public static IReadOnlyList<DiffRun> Between(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var runs = new List<DiffRun>();
        var a = 0;
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, "equal", result.PiecesOld, a, block.DeleteStartA - a);
            Add(runs, "delete", result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, "insert", result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Add(runs, "equal", result.PiecesOld, a, result.PiecesOld.Count - a);
        return runs;
    }

    private static void Add(List<DiffRun> runs, string op, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Op == op)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new DiffRun(op, text));
        }
    }
}
