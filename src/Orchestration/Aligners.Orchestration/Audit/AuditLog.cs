using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Aligners.Orchestration.Audit;

/// <summary>
/// The audit trail: one append blob per instance, <c>{instanceId}.jsonl</c> in its own container
/// (write-once in Azure), one hash-chained JSON line per step. It is kept apart from the engine's
/// history, which the engine may purge or rewrite. Appends are conditional on the append position
/// last read, so concurrent steps of one instance (the inspector fan-out) chain one after the
/// other; an entry whose id is already recorded is never appended again, so a step that the
/// engine delivers twice leaves one entry; and a record that fails verification is never extended.
/// </summary>
public sealed class AuditLog(BlobContainerClient container, AuditKeys keys, TimeProvider clock)
{
    private const int MaxAttempts = 50;

    private AppendBlobClient Blob(string instanceId) => container.GetAppendBlobClient($"{instanceId}.jsonl");

    /// <summary>
    /// Appends the entry <paramref name="entryId"/> unless the record already holds it; returns the
    /// recorded entry either way (for a repeated step, the first delivery's).
    /// </summary>
    public async Task<AuditEntry> AppendOnceAsync(string instanceId, string entryId, string type, JsonObject data, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (lines, length) = await ReadOrCreateAsync(instanceId, ct).ConfigureAwait(false);
            // A record that fails verification is never extended, nor is a step's result taken from it:
            // an entry planted by someone without the key must not become the step's output.
            if (lines.Count > 0 && Verify(lines) is { Valid: false } broken)
            {
                throw new InvalidOperationException(
                    $"the audit record of '{instanceId}' fails verification at entry {broken.FirstBadSeq} ({broken.Reason}); it is not extended");
            }
            var entries = lines.Select(HashChain.Parse).ToList();
            if (entries.FirstOrDefault(e => e.Id == entryId) is { } recorded)
            {
                return recorded;
            }
            var entry = HashChain.Seal(entries.Count, entryId, type, clock.GetUtcNow(), data, entries.Count == 0 ? HashChain.Genesis : entries[^1].Hash, keys);
            var bytes = Encoding.UTF8.GetBytes(HashChain.ToLine(entry) + "\n");
            try
            {
                using var stream = new MemoryStream(bytes);
                await Blob(instanceId).AppendBlockAsync(stream, new AppendBlobAppendBlockOptions
                {
                    Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = length },
                }, ct).ConfigureAwait(false);
                return entry;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Another step of the same instance appended first: read again and chain after it.
                await Task.Delay(Random.Shared.Next(1, 5 + attempt * 5), ct).ConfigureAwait(false);
            }
        }
        throw new InvalidOperationException($"the audit record of '{instanceId}' kept moving under concurrent writers ({MaxAttempts} attempts)");
    }

    /// <summary>The stored lines of a record; null when the instance has none.</summary>
    public async Task<IReadOnlyList<string>?> ReadLinesAsync(string instanceId, CancellationToken ct)
    {
        try
        {
            var download = await Blob(instanceId).DownloadContentAsync(ct).ConfigureAwait(false);
            return SplitLines(download.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Verifies a record's chain; null when the instance has none.</summary>
    public async Task<VerificationResult?> VerifyAsync(string instanceId, CancellationToken ct) =>
        await ReadLinesAsync(instanceId, ct).ConfigureAwait(false) is { } lines ? Verify(lines) : null;

    /// <summary>Verifies stored lines with this log's keys.</summary>
    public VerificationResult Verify(IReadOnlyList<string> lines) => HashChain.Verify(lines, keys);

    /// <summary>Every instance id with a record.</summary>
    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in container.GetBlobsAsync(cancellationToken: ct).ConfigureAwait(false))
        {
            if (item.Name.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                yield return item.Name[..^".jsonl".Length];
            }
        }
    }

    /// <summary>Replaces a record wholesale. Only for tests of tamper detection: in Azure the
    /// container's write-once policy refuses it.</summary>
    internal async Task OverwriteAsync(string instanceId, IReadOnlyList<string> lines, CancellationToken ct)
    {
        await Blob(instanceId).DeleteIfExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        await Blob(instanceId).CreateAsync(new AppendBlobCreateOptions(), ct).ConfigureAwait(false);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
        await Blob(instanceId).AppendBlockAsync(stream, cancellationToken: ct).ConfigureAwait(false);
    }

    private async Task<(List<string> Lines, long Length)> ReadOrCreateAsync(string instanceId, CancellationToken ct)
    {
        try
        {
            var download = await Blob(instanceId).DownloadContentAsync(ct).ConfigureAwait(false);
            var bytes = download.Value.Content.ToMemory();
            return (SplitLines(bytes.Span), bytes.Length);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            try
            {
                await Blob(instanceId).CreateAsync(new AppendBlobCreateOptions
                {
                    Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson; charset=utf-8" },
                }, ct).ConfigureAwait(false);
            }
            catch (RequestFailedException c) when (c.Status is 409 or 412)
            {
                // Created by a concurrent step; it may hold entries already.
                return await ReadOrCreateAsync(instanceId, ct).ConfigureAwait(false);
            }
            return ([], 0);
        }
    }

    private static List<string> SplitLines(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<string>();
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            if (!line.IsEmpty)
            {
                lines.Add(Encoding.UTF8.GetString(line));
            }
            bytes = end < 0 ? [] : bytes[(end + 1)..];
        }
        return lines;
    }
}
