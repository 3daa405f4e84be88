using System.Collections.Immutable;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Caching.Memory;

namespace Aligners.Orchestration.Audit;

/// <summary>
/// The audit trail: one append blob per instance, <c>{instanceId}.jsonl</c> in its own container
/// (write-once in Azure), one hash-chained JSON line per step. It is kept apart from the engine's
/// history, which the engine may purge or rewrite. Appends are conditional on the append position
/// and ETag last seen, so concurrent steps of one instance (in this process or another) chain one
/// after the other; an entry whose id is already recorded is never appended again, so a step that
/// the engine delivers twice leaves one entry; and a record that fails verification is never extended.
/// </summary>
/// <remarks>
/// An append is one request: the tail this process last saw of each instance's record (its length,
/// ETag, last hash, next sequence number and the ids it holds) is kept in a bounded cache, and the
/// append is conditional on that length and ETag. The record is read, and verified, only when the
/// cache has no tail for it, when the condition fails (someone else appended, or the blob changed in
/// any other way), or when an entry to append is already recorded and its recorded form is needed.
/// A batch of entries goes in one block, in order.
/// </remarks>
public sealed class AuditLog : IDisposable
{
    /// <summary>Tails cached when none is configured.</summary>
    public const int DefaultCachedRecords = 4096;

    private const int MaxAttempts = 50;
    // An append blob block holds at most 4 MiB; a larger batch goes in several, each conditional.
    private const int MaxBlockBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan TailLifetime = TimeSpan.FromMinutes(30);

    private readonly BlobContainerClient _container;
    private readonly AuditKeys _keys;
    private readonly TimeProvider _clock;
    private readonly MemoryCache _tails;
    // Appends of one instance in this process take turns rather than fail each other's conditions.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>The log of the records in <paramref name="container"/>, caching the tails of up to <paramref name="cachedRecords"/> of them.</summary>
    public AuditLog(BlobContainerClient container, AuditKeys keys, TimeProvider clock, int cachedRecords = DefaultCachedRecords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cachedRecords, 1);
        _container = container;
        _keys = keys;
        _clock = clock;
        _tails = new MemoryCache(new MemoryCacheOptions { SizeLimit = cachedRecords });
    }

    /// <summary>The end of a record as this process last saw it.</summary>
    private sealed record Tail(long Position, ETag ETag, string LastHash, long NextSeq, ImmutableHashSet<string> Ids);

    private AppendBlobClient Blob(string instanceId) => _container.GetAppendBlobClient($"{instanceId}.jsonl");

    /// <summary>
    /// Appends the entry <paramref name="entryId"/> unless the record already holds it; returns the
    /// recorded entry either way (for a repeated step, the first delivery's).
    /// </summary>
    public async Task<AuditEntry> AppendOnceAsync(string instanceId, string entryId, string type, System.Text.Json.Nodes.JsonObject data, CancellationToken ct) =>
        (await AppendOnceAsync(instanceId, [new NewAuditEntry(entryId, type, data)], ct).ConfigureAwait(false))[0].Entry;

    /// <summary>
    /// Appends, in order and in one block, those of <paramref name="batch"/> whose ids the record
    /// does not hold yet; returns, for each entry of the batch, the recorded entry (for an id already
    /// recorded, the first one) and whether this call appended it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The record fails verification, or kept moving under concurrent writers.</exception>
    public async Task<IReadOnlyList<RecordedEntry>> AppendOnceAsync(string instanceId, IReadOnlyList<NewAuditEntry> batch, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfZero(batch.Count);
        var unique = batch.DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
        var gate = _gates[(uint)StringComparer.Ordinal.GetHashCode(instanceId) % (uint)_gates.Length];
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var tail = _tails.Get<Tail>(instanceId);
            if (tail is null && unique[0].Type == AuditTypes.Started)
            {
                // A record opens with its Started entry: creating the blob first saves the read that would find nothing.
                tail = await TryCreateAsync(instanceId, ct).ConfigureAwait(false);
            }
            List<AuditEntry>? read = null;
            // What this call sealed, by id: a re-read that finds one of them with its hash finds this call's own append
            // (its response was lost), not someone else's.
            var sealedHere = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (tail is null)
                {
                    (tail, read) = await ReadOrCreateAsync(instanceId, ct).ConfigureAwait(false);
                }
                var fresh = unique.Where(e => !tail.Ids.Contains(e.Id)).ToList();
                if (fresh.Count < unique.Count && read is null)
                {
                    // Some are recorded already (a step delivered again): their recorded form is in the blob.
                    tail = null;
                    continue;
                }
                var sealedNow = Seal(fresh, tail);
                try
                {
                    tail = await AppendAsync(instanceId, tail, sealedNow, ct).ConfigureAwait(false);
                    foreach (var entry in sealedNow)
                    {
                        sealedHere[entry.Id] = entry;
                    }
                    var recorded = (read ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal);
                    return [.. batch.Select(e => recorded.TryGetValue(e.Id, out var first)
                        ? new RecordedEntry(first, sealedHere.TryGetValue(e.Id, out var own) && own.Hash == first.Hash)
                        : new RecordedEntry(sealedHere[e.Id], true))];
                }
                catch (RequestFailedException e) when (e.Status is 412 or 404)
                {
                    // Someone else appended first (or the blob changed or went): read it again and chain after it.
                    foreach (var entry in sealedNow)
                    {
                        sealedHere[entry.Id] = entry;
                    }
                    _tails.Remove(instanceId);
                    tail = null;
                    read = null;
                    if (attempt > 0)
                    {
                        await Task.Delay(Random.Shared.Next(1, 5 + attempt * 5), ct).ConfigureAwait(false);
                    }
                }
            }
            throw new InvalidOperationException($"the audit record of '{instanceId}' kept moving under concurrent writers ({MaxAttempts} attempts)");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The entries of <paramref name="fresh"/> sealed in order after <paramref name="tail"/>.</summary>
    private List<AuditEntry> Seal(List<NewAuditEntry> fresh, Tail tail)
    {
        var sealedEntries = new List<AuditEntry>(fresh.Count);
        var (seq, prev, time) = (tail.NextSeq, tail.LastHash, _clock.GetUtcNow());
        foreach (var e in fresh)
        {
            var entry = HashChain.Seal(seq++, e.Id, e.Type, time, e.Data, prev, _keys);
            sealedEntries.Add(entry);
            prev = entry.Hash;
        }
        return sealedEntries;
    }

    /// <summary>Appends sealed entries after <paramref name="tail"/>, each block conditional on the tail before it; returns the new tail.</summary>
    private async Task<Tail> AppendAsync(string instanceId, Tail tail, List<AuditEntry> entries, CancellationToken ct)
    {
        foreach (var block in Blocks(entries))
        {
            var bytes = Encoding.UTF8.GetBytes(string.Concat(block.Select(e => HashChain.ToLine(e) + "\n")));
            using var stream = new MemoryStream(bytes);
            var appended = await Blob(instanceId).AppendBlockAsync(stream, new AppendBlobAppendBlockOptions
            {
                Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = tail.Position, IfMatch = tail.ETag },
            }, ct).ConfigureAwait(false);
            tail = new Tail(tail.Position + bytes.Length, appended.Value.ETag, block[^1].Hash, block[^1].Seq + 1, tail.Ids.Union(block.Select(e => e.Id)));
            Remember(instanceId, tail);
        }
        return tail;
    }

    private static IEnumerable<List<AuditEntry>> Blocks(List<AuditEntry> entries)
    {
        var block = new List<AuditEntry>();
        var size = 0;
        foreach (var e in entries)
        {
            var bytes = Encoding.UTF8.GetByteCount(HashChain.ToLine(e)) + 1;
            if (block.Count > 0 && size + bytes > MaxBlockBytes)
            {
                yield return block;
                (block, size) = ([], 0);
            }
            block.Add(e);
            size += bytes;
        }
        if (block.Count > 0)
        {
            yield return block;
        }
    }

    private void Remember(string instanceId, Tail tail) =>
        _tails.Set(instanceId, tail, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TailLifetime });

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
    public VerificationResult Verify(IReadOnlyList<string> lines) => HashChain.Verify(lines, _keys);

    /// <summary>Every instance id with a record.</summary>
    public async IAsyncEnumerable<string> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: ct).ConfigureAwait(false))
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

    /// <summary>The record read and verified (or created empty), its tail cached.</summary>
    private async Task<(Tail Tail, List<AuditEntry> Entries)> ReadOrCreateAsync(string instanceId, CancellationToken ct)
    {
        _tails.Remove(instanceId);
        try
        {
            var download = await Blob(instanceId).DownloadContentAsync(ct).ConfigureAwait(false);
            var bytes = download.Value.Content.ToMemory();
            var lines = SplitLines(bytes.Span);
            // A record that fails verification is never extended, nor is a step's result taken from it:
            // an entry planted by someone without the key must not become the step's output.
            if (lines.Count > 0 && Verify(lines) is { Valid: false } broken)
            {
                throw new InvalidOperationException(
                    $"the audit record of '{instanceId}' fails verification at entry {broken.FirstBadSeq} ({broken.Reason}); it is not extended");
            }
            var entries = lines.Select(HashChain.Parse).ToList();
            var tail = new Tail(bytes.Length, download.Value.Details.ETag, entries.Count == 0 ? HashChain.Genesis : entries[^1].Hash, entries.Count,
                [.. entries.Select(e => e.Id)]);
            Remember(instanceId, tail);
            return (tail, entries);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Else created by a concurrent step; it may hold entries already.
            return await TryCreateAsync(instanceId, ct).ConfigureAwait(false) is { } created
                ? (created, [])
                : await ReadOrCreateAsync(instanceId, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The record created empty, its tail cached; null when it exists already.</summary>
    private async Task<Tail?> TryCreateAsync(string instanceId, CancellationToken ct)
    {
        try
        {
            var created = await Blob(instanceId).CreateAsync(new AppendBlobCreateOptions
            {
                Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson; charset=utf-8" },
            }, ct).ConfigureAwait(false);
            var tail = new Tail(0, created.Value.ETag, HashChain.Genesis, 0, []);
            Remember(instanceId, tail);
            return tail;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
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

    /// <inheritdoc />
    public void Dispose()
    {
        _tails.Dispose();
        foreach (var gate in _gates)
        {
            gate.Dispose();
        }
    }
}
