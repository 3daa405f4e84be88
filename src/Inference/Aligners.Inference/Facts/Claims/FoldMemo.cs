namespace Aligners.Inference.Facts;

/// <summary>
/// The last few texts folded and their folds, matched by reference: a check folds the same answer
/// and prompt again and again, and a string never changes, so the same instance folds the same.
/// One per thread; not thread-safe itself.
/// </summary>
internal sealed class FoldMemo
{
    /// <summary>The texts kept: the answer, the prompt and a part of either are the usual ones.</summary>
    private const int Size = 4;

    private readonly string?[] texts = new string?[Size];
    private readonly string?[] folds = new string?[Size];
    private int next;

    /// <summary>The fold kept for this very string, or null.</summary>
    public string? Find(string text)
    {
        for (var i = 0; i < Size; i++)
        {
            if (ReferenceEquals(texts[i], text))
            {
                return folds[i];
            }
        }
        return null;
    }

    /// <summary>Keeps a fold, in place of the oldest kept.</summary>
    public void Keep(string text, string folded)
    {
        texts[next] = text;
        folds[next] = folded;
        next = (next + 1) % Size;
    }
}
