using Microsoft.Extensions.AI;

namespace Aligners.Orchestration.Activities;

/// <summary>
/// The call the LLM aligner and the LLM judge share: a chat client told one criterion's principles
/// and its task, given the question and the answer, at temperature 0 within the endpoint's token limit.
/// </summary>
internal static class CriterionChat
{
    /// <summary>
    /// Asks <paramref name="chat"/>; the system message is <paramref name="task"/> ("You judge whether
    /// an answer satisfies"), the criterion and its principles, then <paramref name="instructions"/>.
    /// </summary>
    /// <exception cref="PermanentActivityException">The criterion has no principles.</exception>
    public static async Task<ChatResponse> AskAsync(IChatClient chat, CriterionLlmOptions options, string criterion, string task,
        string instructions, string prompt, string answer, CancellationToken cancellationToken)
    {
        var principles = options.PrinciplesOf(criterion)
            ?? throw new PermanentActivityException($"no principles for criterion '{criterion}' ({options.SectionName}:Principles:{criterion})");
        ChatMessage[] messages =
        [
            new(ChatRole.System, $"{task} one criterion, \"{criterion}\": {principles}\n{instructions}"),
            new(ChatRole.User, $"Question:\n{prompt}\n\nAnswer:\n{answer}"),
        ];
        return await chat.GetResponseAsync(messages, new ChatOptions { MaxOutputTokens = options.MaxOutputTokens, Temperature = 0 }, cancellationToken);
    }
}
