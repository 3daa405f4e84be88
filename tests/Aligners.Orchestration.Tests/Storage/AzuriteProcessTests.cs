using Aligners.Orchestration.Storage;
using Aligners.Testing;
using Azure.Storage.Blobs;

namespace Aligners.Orchestration.Tests.Storage;

/// <summary>
/// A throwaway Azurite keeps its data in files, in a folder of its own that goes when it stops
/// (never in Azurite's memory mode, where its queue sweep froze it for up to 40 s a minute), on
/// memory-backed /dev/shm where there is one; folders of processes that ended are removed.
/// </summary>
[Trait("Category", "Integration")]
public class AzuriteProcessTests
{
    [Fact]
    public async Task Start_WithoutAFolder_WritesToATemporaryOne_RemovedWhenStopped()
    {
        var azurite = await AzuriteProcess.StartAsync(RepositoryPaths.Root, FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), dataDirectory: null,
            TimeSpan.FromMinutes(2), default);
        string folder;
        try
        {
            folder = azurite.DataDirectory;
            Assert.StartsWith(Path.TrimEndingDirectorySeparator(AzuriteProcess.ScratchRoot) + Path.DirectorySeparatorChar, folder, StringComparison.Ordinal);
            var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("probe");
            await container.CreateAsync();
            await container.UploadBlobAsync("b", BinaryData.FromString("kept on disk"));

            // The blob's bytes are in the folder's extent files, not only in Azurite's memory.
            var onDisk = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Assert.True(onDisk >= "kept on disk".Length, $"{onDisk} bytes on disk");
        }
        finally
        {
            await azurite.DisposeAsync();
        }
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Start_RemovesTheFoldersOfEndedProcesses_AndKeepsThoseOfLiveOnes()
    {
        using var ended = System.Diagnostics.Process.Start("true")!;
        await ended.WaitForExitAsync();
        var stale = Directory.CreateDirectory(Path.Combine(AzuriteProcess.ScratchRoot, $"aligners-azurite-{ended.Id}-{Guid.NewGuid():N}")).FullName;
        // Process 1 is always running.
        var live = Directory.CreateDirectory(Path.Combine(AzuriteProcess.ScratchRoot, $"aligners-azurite-1-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(stale, "extent"), "left behind");
        try
        {
            var azurite = await AzuriteProcess.StartAsync(RepositoryPaths.Root, FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), dataDirectory: null,
                TimeSpan.FromMinutes(2), default);
            await azurite.DisposeAsync();
            Assert.False(Directory.Exists(stale));
            Assert.True(Directory.Exists(live));
        }
        finally
        {
            Directory.Delete(live, recursive: true);
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Start_OnATakenPort_FailsWithAzuritesOwnReason()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, FreePorts.Next());
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteProcess.StartAsync(RepositoryPaths.Root, port,
            FreePorts.Next(), FreePorts.Next(), dataDirectory: null, TimeSpan.FromMinutes(2), default));

        Assert.Contains($"ports {port},", failure.Message);
        Assert.Contains("EADDRINUSE", failure.Message);
    }
}
