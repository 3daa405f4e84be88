using System.ComponentModel.DataAnnotations;

namespace Aligners.Inference.Server.Hosting;

/// <summary>Request limits of the inference server; over-limit requests answer 413.</summary>
public sealed class ServerLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Limits";

    /// <summary>Items in one <c>/v1/inspect</c> request.</summary>
    [Range(1, 10_000)]
    public int MaxItemsPerRequest { get; set; } = 64;

    /// <summary>Characters in one prompt or response.</summary>
    [Range(1, 10_000_000)]
    public int MaxCharactersPerText { get; set; } = 100_000;

    /// <summary>The highest <c>maxNewTokens</c> a caller may ask for.</summary>
    [Range(1, 100_000)]
    public int MaxNewTokens { get; set; } = 512;

    /// <summary>Request body size in bytes.</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;
}
