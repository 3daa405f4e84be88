using Aligners.Orchestration.Workflows;

namespace Aligners.Orchestration.Evaluation;

/// <summary>
/// One evaluation case: an align request and what a correct outcome looks like. A case with an
/// <see cref="ExpectedCriterion"/> is a misaligned answer that criterion should flag and fix (the
/// fix containing every string of <see cref="ExpectedContent"/>); a case without one is a good
/// answer that should come back unchanged.
/// </summary>
/// <param name="Id">The case's id (its line number when the line names none).</param>
/// <param name="Workflow">The validated workflow input.</param>
/// <param name="ExpectedCriterion">The criterion the answer fails, or null for a good answer.</param>
/// <param name="ExpectedContent">Text a fix must contain (case-insensitive), each string.</param>
public sealed record EvalCase(string Id, AlignmentInput Workflow, string? ExpectedCriterion, IReadOnlyList<string> ExpectedContent);
