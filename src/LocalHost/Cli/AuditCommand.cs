using Aligners.Orchestration.Audit;

namespace Aligners.LocalHost.Cli;

/// <summary><c>audit verify ID | --all</c>: recompute hash chains; exit 1 if any record fails.</summary>
internal static class AuditCommand
{
    public static async Task<int> RunAsync(string? id, bool all, CancellationToken ct)
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
            else if (result.Valid)
            {
                Console.WriteLine($"{i}: ok ({result.Entries} entries)");
            }
            else
            {
                Console.WriteLine($"{i}: TAMPERED at entry {result.FirstBadSeq}: {result.Reason}");
                bad++;
            }
        }
        Console.WriteLine($"{ids.Count - bad} of {ids.Count} audit records verify");
        return bad == 0 ? 0 : 1;
    }
}
