using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Aligners.Orchestration.Journal;

/// <summary>Another writer appended first: re-read the journal and decide again.</summary>
public sealed class JournalConflictException(string instanceId)
    : Exception($"journal of instance '{instanceId}' moved on under a concurrent writer");

/// <summary>The stored lines of a journal and the append position after them.</summary>
public sealed record JournalRead(IReadOnlyList<string> Lines, long Length);

/// <summary>
/// Journals as append blobs, <c>{instanceId}.jsonl</c> in the journal container: one JSON line per
/// event. Every append is conditional on the append position the writer last saw, so of two
/// concurrent writers one wins and the other gets <see cref="JournalConflictException"/>.
/// </summary>
public sealed class JournalStore(BlobContainerClient container)
{
    /// <summary>The container holding the journals.</summary>
    public BlobContainerClient Container => container;

    private AppendBlobClient Blob(string instanceId) => container.GetAppendBlobClient($"{instanceId}.jsonl");

    /// <summary>Creates an empty journal; false when it already exists.</summary>
    public async Task<bool> CreateAsync(string instanceId, CancellationToken ct)
    {
        try
        {
            await Blob(instanceId).CreateAsync(new AppendBlobCreateOptions
            {
                Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson; charset=utf-8" },
            }, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Reads the journal from byte <paramref name="from"/>; null when it does not exist.</summary>
    public async Task<JournalRead?> ReadAsync(string instanceId, long from, CancellationToken ct)
    {
        try
        {
            var options = new BlobDownloadOptions { Range = new HttpRange(from) };
            var download = await Blob(instanceId).DownloadContentAsync(options, ct).ConfigureAwait(false);
            var bytes = download.Value.Content.ToMemory();
            return new JournalRead(SplitLines(bytes.Span), from + bytes.Length);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            // Nothing past `from` yet.
            return new JournalRead([], from);
        }
    }

    /// <summary>Appends lines at <paramref name="expectedLength"/>; returns the new length.</summary>
    /// <exception cref="JournalConflictException">The journal is longer than the writer knew.</exception>
    public async Task<long> AppendAsync(string instanceId, IReadOnlyList<string> lines, long expectedLength, CancellationToken ct)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        try
        {
            using var stream = new MemoryStream(bytes);
            await Blob(instanceId).AppendBlockAsync(stream, new AppendBlobAppendBlockOptions
            {
                Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = expectedLength },
            }, ct).ConfigureAwait(false);
            return expectedLength + bytes.Length;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new JournalConflictException(instanceId);
        }
    }

    /// <summary>Replaces a journal's content wholesale. Only for tests of tamper detection and for
    /// local maintenance: in Azure the WORM policy refuses it.</summary>
    internal async Task OverwriteAsync(string instanceId, IReadOnlyList<string> lines, CancellationToken ct)
    {
        await Blob(instanceId).DeleteIfExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        await Blob(instanceId).CreateAsync(new AppendBlobCreateOptions(), ct).ConfigureAwait(false);
        await AppendAsync(instanceId, lines, 0, ct).ConfigureAwait(false);
    }

    /// <summary>Every instance id with a journal.</summary>
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
