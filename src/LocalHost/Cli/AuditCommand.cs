using Aligners.Orchestration.Audit;

namespace Aligners.LocalHost.Cli;

/// <summary>
/// <c>audit verify ID | --all [--allow-unkeyed]</c>: recompute hash chains with the configured
/// audit keys (<c>Audit:HmacKey</c>, <c>Audit:Keys:*</c>); exit 1 if any record fails. A record
/// with entries from before keyed chaining proves nothing about who wrote them, so it fails too
/// unless <c>--allow-unkeyed</c> says such records are expected.
/// </summary>
internal static class AuditCommand
{
    public static async Task<int> RunAsync(string? id, bool all, bool allowUnkeyed, CancellationToken ct)
    {
        if (id is null == !all)
        {
            Console.Error.WriteLine("error: give an instance id or --all (not both)");
            return 2;
        }
        await using var host = await CliHost.StartAsync(ct);
        var audit = host.Services.GetRequiredService<AuditLog>();
        var ids = new List<string>();
        if (all)
        {
            await foreach (var i in audit.ListAsync(ct))
            {
                ids.Add(i);
            }
        }
        else
        {
            ids.Add(id!);
        }
        var bad = 0;
        foreach (var i in ids)
        {
            var result = await audit.VerifyAsync(i, ct);
            if (result is null)
            {
                Console.WriteLine($"{i}: no audit record");
                bad++;
            }
            else if (!result.Valid)
            {
                Console.WriteLine($"{i}: TAMPERED at entry {result.FirstBadSeq}: {result.Reason}");
                bad++;
            }
            else if (result.Unkeyed)
            {
                Console.WriteLine($"{i}: UNKEYED ({result.Entries} entries): its chain holds, but it has entries from before keyed chaining, " +
                    "which anyone with write access could have written");
                bad += allowUnkeyed ? 0 : 1;
            }
            else
            {
                Console.WriteLine($"{i}: ok ({result.Entries} entries)");
            }
        }
        Console.WriteLine($"{ids.Count - bad} of {ids.Count} audit records verify");
        return bad == 0 ? 0 : 1;
    }
}
